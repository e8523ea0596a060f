import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview server: the live-reload event stream, and files
/// from the output folder (through `SitePathResolver`), with the live-reload script and,
/// after a failed rebuild, the error overlay added to HTML.
package struct PreviewResponder: HTTPResponder {
    package typealias Context = BasicRequestContext

    let resolver: SitePathResolver
    let state: PreviewState
    /// The time between keep-alive comments on an event stream.
    var heartbeat: Duration = .seconds(15)

    package init(root: URL, state: PreviewState) {
        self.resolver = SitePathResolver(root: root)
        self.state = state
    }

    package func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "405 Method Not Allowed\n", extra: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        let isHead = request.method == .head
        if target == LiveReloadScript.eventsPath || target.hasPrefix(LiveReloadScript.eventsPath + "?") {
            return await events(since: request.uri.queryParameters["since"].flatMap { Int($0) })
        }
        // Malformed and escaping paths are refused first, whatever is being served.
        if case .failure(let rejection) = SitePathResolver.parse(target) {
            return Self.text(.badRequest, "400 Bad Request: \(rejection.reason)\n")
        }
        let snapshot = await state.current
        guard snapshot.hasSite else {
            if let failure = snapshot.failure {
                let page = ErrorOverlay.page(diagnostics: failure, generation: snapshot.generation)
                return Self.html(.internalServerError, page, head: isHead)
            }
            return Self.html(.serviceUnavailable, ErrorOverlay.buildingPage(generation: snapshot.generation), head: isHead)
        }
        switch await resolveAcrossSwap(target) {
        case .file(let path):
            guard let bytes = Self.read(path) else { return try await notFound(snapshot, head: isHead) }
            let type = ContentTypes.type(for: (path as NSString).lastPathComponent)
            return Self.page(.ok, bytes: bytes, type: type, snapshot: snapshot, head: isHead)
        case .redirect(let location):
            return Self.text(.movedPermanently, "301 Moved Permanently\n", extra: [.location: location])
        case .notFound:
            return try await notFound(snapshot, head: isHead)
        case .badRequest(let reason):
            return Self.text(.badRequest, "400 Bad Request: \(reason)\n")
        case .forbidden(let reason):
            return Self.text(.forbidden, "403 Forbidden: \(reason)\n")
        }
    }
}

// MARK: - Responses

private extension PreviewResponder {
    /// A rebuild swaps the output folder with two renames; a request that falls between
    /// them finds no folder for an instant, so it looks again before answering 404.
    func resolveAcrossSwap(_ target: String) async -> SitePathResolver.Resolution {
        var resolution = resolver.resolve(target)
        var attempts = 0
        while resolution == .notFound, attempts < 20, !FileManager.default.fileExists(atPath: resolver.root.path) {
            try? await Task.sleep(for: .milliseconds(5))
            attempts += 1
            resolution = resolver.resolve(target)
        }
        return resolution
    }

    func notFound(_ snapshot: PreviewState.Snapshot, head: Bool) async throws -> Response {
        if case .file(let path) = resolver.resolve("/404.html"), let bytes = Self.read(path) {
            return Self.page(.notFound, bytes: bytes, type: ContentTypes.type(for: "404.html"), snapshot: snapshot, head: head)
        }
        return Self.text(.notFound, "404 Not Found\n")
    }

    /// The server-sent event stream one open tab listens to.
    func events(since: Int?) async -> Response {
        let updates = await state.subscribe(since: since)
        let heartbeat = self.heartbeat
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            // Comments keep proxies from closing an idle stream and reveal closed tabs.
            let (ticks, tick) = AsyncStream.makeStream(of: Int.self)
            let ticker = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    tick.yield(-1)
                }
            }
            defer { ticker.cancel() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await generation in updates { tick.yield(generation) }
                    tick.finish()
                }
                for await value in ticks.cancelOnGracefulShutdown() {
                    let text = value < 0 ? ": ping\n\n" : "event: reload\ndata: \(value)\n\n"
                    try await writer.write(ByteBuffer(string: text))
                }
                group.cancelAll()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", .init("X-Accel-Buffering")!: "no",
        ], body: body)
    }

    static func read(_ path: String) -> [UInt8]? {
        // The resolver gave a real path; O_NOFOLLOW refuses a symbolic link swapped in since.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (try? handle.readToEnd()).map { Array($0) } ?? []
    }

    static func page(_ status: HTTPResponse.Status, bytes: [UInt8], type: String, snapshot: PreviewState.Snapshot, head: Bool) -> Response {
        var bytes = bytes
        if ContentTypes.isHTML(type) {
            let overlay = snapshot.failure.map { ErrorOverlay.element(diagnostics: $0) } ?? ""
            bytes = HTMLInjector.inject(overlay + LiveReloadScript.element(generation: snapshot.generation), into: bytes)
        }
        return response(status, bytes: bytes, type: type, head: head)
    }

    static func html(_ status: HTTPResponse.Status, _ text: String, head: Bool) -> Response {
        response(status, bytes: Array(text.utf8), type: ContentTypes.type(for: "page.html"), head: head)
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var response = response(status, bytes: Array(text.utf8), type: ContentTypes.type(for: "error.txt"), head: false)
        response.headers.append(contentsOf: extra)
        return response
    }

    static func response(_ status: HTTPResponse.Status, bytes: [UInt8], type: String, head: Bool) -> Response {
        let headers: HTTPFields = [
            .contentType: type, .cacheControl: "no-store", .contentLength: String(bytes.count),
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        let body = head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: status, headers: headers, body: body)
    }
}
