/// The script served pages get: it listens for server-sent events and reloads the tab.
///
/// The page carries the generation it was served at; the event stream answers at once
/// with `reload` when the site has changed since, so an edit made between loading the
/// page and connecting is not missed. `EventSource` reconnects by itself after the
/// server restarts. A hidden tab lets its stream go (browsers allow only six HTTP/1.1
/// connections to one server, and each stream holds one open) and connects again when
/// shown, reloading then if the site changed meanwhile.
package enum LiveReloadScript {
    /// The path of the event stream; a site page at this path would be shadowed.
    package static let eventsPath = "/__pubgen/events"

    /// A `<script>` element for a page served at `generation`.
    package static func element(generation: Int) -> String {
        """
        <script data-pubgen-live-reload>
        (function () {
          if (!window.EventSource) return;
          var source = null;
          function connect() {
            if (source) return;
            source = new EventSource("\(eventsPath)?since=\(generation)");
            source.addEventListener("reload", function () { source.close(); location.reload(); });
          }
          function disconnect() {
            if (source) { source.close(); source = null; }
          }
          document.addEventListener("visibilitychange", function () { if (document.hidden) disconnect(); else connect(); });
          if (!document.hidden) connect();
        })();
        </script>

        """
    }
}
