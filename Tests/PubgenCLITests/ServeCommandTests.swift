import Foundation
import PubgenTestSupport
import Testing

/// `pubgen serve` end to end: the real binary on a free port, fetched over raw HTTP.
@Suite(.serialized)
struct ServeCommandTests {
    static let article = "site/content/shipping-a-swift-cli.md"

    @Test func servesTheSiteFollowsEditsAndRefusesTraversal() throws {
        let folder = try siteCopy()
        try folder.write("secret.txt", "TOP-SECRET")
        let (server, port) = try startServe(in: folder, ["--output", "preview"])
        defer { server.stop() }

        let index = try RawHTTP.waitFor(port: port)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.headers["cache-control"] == "no-store")
        #expect(index.text.contains("<title>Field Notes</title>"))
        #expect(index.text.contains("data-pubgen-live-reload"))
        // The canonical link points at the preview; drafts and future articles are previewed.
        #expect(index.text.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(port)/\">"))
        #expect(try RawHTTP.request(port: port, target: "/sqlite-in-production/").status == 200)
        #expect(try RawHTTP.request(port: port, target: "/counting-down-to-2038/").status == 200)
        let article = try RawHTTP.request(port: port, target: "/shipping-a-swift-cli/")
        #expect(article.status == 200)
        #expect(article.text.contains("Shipping a Swift Command-Line Tool Without Tears"))
        let css = try RawHTTP.request(port: port, target: "/style.css")
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.text.contains("pubgen-live-reload"))
        let folderWithoutSlash = try RawHTTP.request(port: port, target: "/tags")
        #expect(folderWithoutSlash.status == 301)
        #expect(folderWithoutSlash.headers["location"] == "/tags/")
        let missing = try RawHTTP.request(port: port, target: "/no-such-page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("data-pubgen-live-reload"))
        let head = try RawHTTP.request(port: port, target: "/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(try RawHTTP.request(port: port, target: "/", method: "POST").status == 405)

        // Edit the article: open tabs are told, and the new text is served.
        let events = try RawHTTP.EventStream(port: port, target: "/__pubgen/events?since=\(try generation(of: article))")
        #expect(events.read(until: "retry:") != nil)
        try replaceTitle(in: folder, with: "Shipping a Swift CLI, revised")
        #expect(events.read(until: "event: reload") != nil)
        try RawHTTP.waitFor(port: port, target: "/shipping-a-swift-cli/", timeout: 30) { $0.text.contains("Shipping a Swift CLI, revised") }

        // Symbolic links planted in the output that lead out of it.
        let output = folder.appending("preview")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: output.appendingPathComponent("leak.txt").path, withDestinationPath: folder.appending("secret.txt").path)
        try links.createSymbolicLink(atPath: output.appendingPathComponent("escape").path, withDestinationPath: folder.path)
        let attempts: [(String, Int)] = [
            ("/../secret.txt", 400), ("/../../../../../etc/passwd", 400), ("/%2e%2e/secret.txt", 400), ("/%2E%2e/%2e%2e/etc/passwd", 400),
            ("/..%2fsecret.txt", 400), ("/tags%2f..%2f..%2fsecret.txt", 400), ("/..\\secret.txt", 400), ("/%5c..%5csecret.txt", 400),
            ("/secret.txt%00.html", 400), ("/./secret.txt", 400), ("/leak.txt", 403), ("/escape/secret.txt", 403),
            ("/escape/site/content/shipping-a-swift-cli.md", 403), ("/.pubgen-output", 404),
        ]
        for (target, status) in attempts {
            let response = try RawHTTP.request(port: port, target: target)
            #expect(response.status == status, "\(target)")
            #expect(!response.text.contains("TOP-SECRET") && !response.text.contains("root:"), "\(target)")
        }
        // A raw NUL or control byte never gets a file either (the HTTP parser may just hang up).
        for target in ["/secret.txt\u{0}.html", "/\u{1}"] {
            if let response = try? RawHTTP.request(port: port, target: target) {
                #expect((400..<500).contains(response.status), "\(target.debugDescription)")
                #expect(!response.text.contains("TOP-SECRET"))
            }
        }
        // The script exists only in what is served, never in the files built.
        let built = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(built.contains("<title>Field Notes</title>") && !built.contains("pubgen-live-reload"))
        #expect(server.process.isRunning)
    }

    /// With inotify, and with the polling watcher (`--poll`).
    @Test(arguments: [[], ["--poll"]])
    func aFailedRebuildShowsAnOverlayUntilFixed(_ options: [String]) throws {
        let folder = try siteCopy()
        let (server, port) = try startServe(in: folder, options)
        defer { server.stop() }
        try RawHTTP.waitFor(port: port, target: "/shipping-a-swift-cli/")
        let original = try String(contentsOf: folder.appending(Self.article), encoding: .utf8)

        try breakDate(in: folder)
        let broken = try RawHTTP.waitFor(port: port, target: "/shipping-a-swift-cli/", timeout: 30) {
            $0.text.contains("pubgen-error-overlay")
        }
        // The last good page, with the escaped diagnostic over it.
        #expect(broken.text.contains("Shipping a Swift Command-Line Tool Without Tears"))
        #expect(broken.text.contains("site/content/shipping-a-swift-cli.md:7:15: error: &#39;publish_date&#39; must be"))
        #expect(broken.text.contains("&#39;&lt;b&gt;31/02/2025&#39;"))
        #expect(!broken.text.contains("<b>31/02"))
        #expect(try RawHTTP.request(port: port, target: "/").text.contains("pubgen-error-overlay"))
        #expect(waitUntil { server.stderr.contains("still serving the last good site") })

        try Data(original.utf8).write(to: folder.appending(Self.article))
        try RawHTTP.waitFor(port: port, target: "/shipping-a-swift-cli/", timeout: 30) { !$0.text.contains("pubgen-error-overlay") }
        #expect(!(try RawHTTP.request(port: port, target: "/").text.contains("pubgen-error-overlay")))
        #expect(server.process.isRunning)
    }

    @Test func aFailedFirstBuildStillServesTheOverlay() throws {
        let folder = try siteCopy()
        try breakDate(in: folder)
        let original = try String(contentsOf: Fixtures.url("site/content/shipping-a-swift-cli.md"), encoding: .utf8)
        let (server, port) = try startServe(in: folder)
        defer { server.stop() }

        let page = try RawHTTP.waitFor(port: port, target: "/", status: 500)
        #expect(page.text.contains("pubgen-error-overlay"))
        #expect(page.text.contains("site/content/shipping-a-swift-cli.md:7:15: error:"))
        #expect(page.text.contains("data-pubgen-live-reload"))

        try Data(original.utf8).write(to: folder.appending(Self.article))
        let fixed = try RawHTTP.waitFor(port: port, target: "/", timeout: 30)
        #expect(fixed.text.contains("<title>Field Notes</title>") && !fixed.text.contains("pubgen-error-overlay"))
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalStopsItCleanlyAndReleasesThePort(_ signal: Int32) throws {
        let folder = try siteCopy()
        let temporary = folder.appending("tmp")
        let (server, port) = try startServe(in: folder)
        defer { server.stop() }
        try RawHTTP.waitFor(port: port)
        let privateFolder = temporary.appendingPathComponent("pubgen-serve-\(server.pid)")
        #expect(FileManager.default.fileExists(atPath: privateFolder.appendingPathComponent("site/index.html").path))
        // It holds drafts: no other user may list or read it.
        let mode = try FileManager.default.attributesOfItem(atPath: privateFolder.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        // An open event stream must not hold the shutdown up.
        let events = try RawHTTP.EventStream(port: port, target: "/__pubgen/events?since=1")
        #expect(events.read(until: "retry:") != nil)

        server.signal(signal)
        let status = server.waitForExit(timeout: 20)
        #expect(status == 0, "stderr: \(server.stderr)")
        #expect(server.process.terminationReason == .exit)
        #expect(RawHTTP.canListen(on: port))
        #expect(!FileManager.default.fileExists(atPath: privateFolder.path))
        #expect(server.stdout.hasSuffix("Stopped.\n"))
    }

    @Test func noDraftsLeavesOutDraftsAndFutureArticles() throws {
        let folder = try siteCopy()
        let (server, port) = try startServe(in: folder, ["--no-drafts"])
        defer { server.stop() }
        try RawHTTP.waitFor(port: port)
        #expect(try RawHTTP.request(port: port, target: "/shipping-a-swift-cli/").status == 200)
        #expect(try RawHTTP.request(port: port, target: "/sqlite-in-production/").status == 404)
        #expect(try RawHTTP.request(port: port, target: "/counting-down-to-2038/").status == 404)
    }

    @Test func bindingBeyondLoopbackWarns() throws {
        let folder = try siteCopy()
        let (server, port) = try startServe(in: folder, ["--bind", "0.0.0.0"])
        defer { server.stop() }
        let index = try RawHTTP.waitFor(port: port)
        // Links point at an address that works from this machine.
        #expect(index.text.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(port)/\">"))
        #expect(server.stderr.hasPrefix("warning: listening on 0.0.0.0: anyone who can reach this machine can read the preview"))
    }

    @Test func aPortInUseIsAClearError() throws {
        let folder = try siteCopy()
        let port = try RawHTTP.freePort()
        let busy = try RawHTTP.listener(port: port)
        defer { close(busy) }
        let outcome = try PubgenProcess.run(["serve", "site/content", "--port", "\(port)"], in: folder.url, timeout: 60)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "error: port \(port) is already in use (try --port)\n")
    }

    @Test func usageErrors() throws {
        let folder = try siteCopy()
        for arguments in [["--port", "0"], ["--port", "70000"], ["--output", "site/content"]] {
            let outcome = try PubgenProcess.run(["serve", "site/content"] + arguments, in: folder.url, timeout: 60)
            #expect(outcome.status == 64, "\(arguments)")
        }
        #expect(try PubgenProcess.run(["serve", "missing"], in: folder.url, timeout: 60).status == 64)
        // An output no rebuild may write: it served an error on every page instead.
        try folder.write("public/CNAME", "example.org")
        let foreign = try PubgenProcess.run(["serve", "site/content", "--output", "public", "--port", "1"], in: folder.url, timeout: 60)
        #expect(foreign.status == 64)
        #expect(foreign.stderr.contains("refusing to write 'public': the folder is not empty and was not created by pubgen"))
    }

    @Test func pubgenBuildOutputNeverHoldsTheScript() throws {
        let folder = try siteCopy()
        let outcome = try PubgenProcess.run(["build", "--drafts", "--future", "site/content", "out"], in: folder.url)
        #expect(outcome.status == 0)
        let files = FileManager.default.enumerator(atPath: folder.appending("out").path)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("index.html"))
        for file in files {
            let text = (try? String(contentsOf: folder.appending("out/\(file)"), encoding: .utf8)) ?? ""
            #expect(!text.contains("pubgen-live-reload") && !text.contains("__pubgen") && !text.contains("pubgen-error-overlay"), "\(file)")
        }
    }

    /// The injected script itself, run by Node against the server with a minimal browser
    /// stand-in: it reloads after an edit, and a tab hidden during the edit reloads when
    /// shown again. Skipped where Node is not installed.
    @Test(.enabled(if: nodePath != nil))
    func theInjectedScriptReloadsTheTab() throws {
        let folder = try siteCopy()
        let (server, port) = try startServe(in: folder)
        defer { server.stop() }
        let page = try RawHTTP.waitFor(port: port)
        let text = page.text
        let start = try #require(text.range(of: "<script data-pubgen-live-reload>"))
        let end = try #require(text.range(of: "</script>", range: start.upperBound..<text.endIndex))
        try folder.write("live.js", String(text[start.upperBound..<end.lowerBound]))
        try folder.write("browser.js", Self.browserStandIn(port: port))
        let outcome = try PubgenProcess.run([], in: folder.url, launching: try #require(nodePath), arguments: ["browser.js"], timeout: 60)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout == "connect\nhidden\nconnect\nreload\n")
    }

    /// EventSource over Node's http module; `document` and `location` just enough for the script.
    static func browserStandIn(port: Int) -> String {
        """
        const http = require("http"), fs = require("fs");
        const listeners = {};
        global.window = { EventSource: true };
        global.document = { hidden: false, addEventListener: (name, f) => { listeners[name] = f; } };
        global.location = { reload() { console.log("reload"); process.exit(0); } };
        global.EventSource = function (url) {
          const self = this, handlers = {};
          console.log("connect");
          this.addEventListener = (name, f) => { handlers[name] = f; };
          const request = http.get("http://127.0.0.1:\(port)" + url, (response) => {
            let buffer = "";
            response.on("data", (data) => {
              buffer += data;
              let end;
              while ((end = buffer.indexOf("\\n\\n")) >= 0) {
                const block = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const event = (block.match(/^event: (.*)$/m) || [])[1];
                if (event && handlers[event]) handlers[event]({});
              }
            });
          });
          request.on("error", () => {});
          this.close = () => request.destroy();
        };
        eval(fs.readFileSync("live.js", "utf8"));
        const article = "site/content/sqlite-in-production.md";
        setTimeout(() => { document.hidden = true; console.log("hidden"); listeners.visibilitychange(); }, 300);
        setTimeout(() => { fs.appendFileSync(article, "\\nEdited while the tab was hidden.\\n"); }, 500);
        setTimeout(() => { document.hidden = false; listeners.visibilitychange(); }, 2500);
        setTimeout(() => { console.log("no reload"); process.exit(1); }, 30000);
        """
    }

    /// Seven edits in a row, each served right after its reload event. Prints the
    /// edit → served latency as a measurement (not asserted: timings belong to
    /// benchmarks); for the real figure, against a release build:
    /// `swift build -c release && PUBGEN_BIN=$PWD/.build/release/pubgen swift test --filter ServeCommandTests/editLatency`.
    @Test func editLatency() throws {
        let folder = try siteCopy()
        let (server, port) = try startServe(in: folder)
        defer { server.stop() }
        let first = try RawHTTP.waitFor(port: port, target: "/shipping-a-swift-cli/")
        var since = try generation(of: first)
        var samples: [Double] = []
        for round in 1...7 {
            let events = try RawHTTP.EventStream(port: port, target: "/__pubgen/events?since=\(since)")
            #expect(events.read(until: "retry:") != nil)
            let started = Date()
            try replaceTitle(in: folder, with: "Shipping a Swift CLI, take \(round)")
            #expect(events.read(until: "event: reload") != nil)
            let page = try RawHTTP.request(port: port, target: "/shipping-a-swift-cli/")
            samples.append(Date().timeIntervalSince(started) * 1000)
            #expect(page.text.contains("Shipping a Swift CLI, take \(round)"))
            since = try generation(of: page)
            usleep(100_000)
        }
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        print("pubgen serve edit→served latency (\(PubgenProcess.executable.path)): median \(Int(median)) ms, "
            + "max \(Int(sorted.last!)) ms over \(samples.count) edits: \(samples.map { Int($0) })")
    }
}

// MARK: - Helpers

/// Node, when installed (the script test needs it).
private let nodePath: String? = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Starts `pubgen serve site/content` on a free port; retries if another process took the port first.
private func startServe(
    in folder: TemporaryDirectory, _ extra: [String] = [], environment: [String: String] = [:]
) throws -> (ServeProcess, Int) {
    var lastError = ""
    for _ in 0..<3 {
        let port = try RawHTTP.freePort()
        // The private output goes under the test's folder, so even a killed server leaves nothing behind.
        let temporary = folder.appending("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let server = try ServeProcess(
            ["serve", "site/content", "--port", "\(port)"] + extra, in: folder.url,
            environment: ["TMPDIR": temporary.path].merging(environment) { $1 })
        // Either it listens, or it says why not.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, server.process.isRunning {
            if (try? RawHTTP.request(port: port, target: "/", method: "HEAD", timeout: 5)) != nil { return (server, port) }
            usleep(50_000)
        }
        lastError = server.stderr
        server.signal(SIGKILL)
        guard lastError.contains("already in use") else { break }
    }
    throw RawHTTP.Failure(description: "pubgen serve did not start: \(lastError)")
}

/// The generation a served page was built at (from its live-reload script).
private func generation(of page: RawHTTP.Response) throws -> Int {
    let text = page.text
    guard let range = text.range(of: "/__pubgen/events?since=") else { throw RawHTTP.Failure(description: "no live-reload script") }
    return Int(text[range.upperBound...].prefix { $0.isNumber }) ?? -1
}

private func replaceTitle(in folder: TemporaryDirectory, with title: String) throws {
    let url = folder.appending(ServeCommandTests.article)
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.components(separatedBy: "\n").map { $0.hasPrefix("title: ") ? "title: \"\(title)\"" : $0 }
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
}

private func breakDate(in folder: TemporaryDirectory) throws {
    let url = folder.appending(ServeCommandTests.article)
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.components(separatedBy: "\n").map { $0.hasPrefix("publish_date: ") ? "publish_date: '<b>31/02/2025'" : $0 }
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
}

private func waitUntil(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(50_000)
    }
    return condition()
}
