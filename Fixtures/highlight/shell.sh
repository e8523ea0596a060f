#!/usr/bin/env bash
# Deploy the built site to a server over rsync.
set -euo pipefail

readonly SITE_DIR="${1:-out}"
readonly HOST=deploy@example.com
RETRIES=3
export RSYNC_RSH="ssh -o BatchMode=yes"

log() {
  printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "$1" "${*:2}" >&2
}

function check_dir {
  if [[ ! -d "$SITE_DIR" ]]; then
    log error "no such directory: $SITE_DIR"
    exit 1
  fi
}

check_dir
count=$(find "$SITE_DIR" -type f | wc -l)
log info "uploading $count files to ${HOST}"

for attempt in $(seq 1 "$RETRIES"); do
  if rsync -az --delete --exclude='*.map' "$SITE_DIR/" "$HOST:/var/www/site/"; then
    log info "done after $attempt attempt(s)"
    break
  fi
  sleep $((attempt * 2)) # back off
done

cat > /tmp/deploy-note.txt <<EOF
Deployed $SITE_DIR at $(date).
It's "live" now.
EOF

case "$?" in
  0) echo "ok" ;;
  *) echo 'failed: $? is not expanded here' ;;
esac
echo "${#RETRIES} retries, pid $$, url#fragment" 2>&1 | tee -a deploy.log
