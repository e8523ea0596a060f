import Foundation
import Hummingbird
import Logging
import NIOCore
import PubgenCore
import ServiceLifecycle

/// `pubgen serve`: builds the site into a private folder, serves it over HTTP, rebuilds
/// on every change and reloads open tabs, until SIGINT or SIGTERM.
package struct PreviewServer: Sendable {
    package struct Configuration: Sendable {
        /// The address to listen on (`127.0.0.1` unless `--bind`).
        package var host: String
        package var port: Int
        /// The build to repeat; its output folder is the one served.
        package var request: Publisher.Request
        /// The content folder, `templates/`, `static/` and the configuration file.
        package var watched: [WatchTarget]
        /// Poll the file system instead of using inotify.
        package var polling = false
        /// How long changes must stop before a rebuild starts.
        package var quiet: Duration = .milliseconds(30)

        package init(host: String, port: Int, request: Publisher.Request, watched: [WatchTarget]) {
            self.host = host
            self.port = port
            self.request = request
            self.watched = watched
        }
    }

    /// Why the server could not start.
    package enum Failure: Error, Equatable, CustomStringConvertible {
        case portInUse(Int)
        case cannotListen(host: String, port: Int, reason: String)

        package var description: String {
            switch self {
            case .portInUse(let port): "port \(port) is already in use (try --port)"
            case .cannotListen(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
            }
        }
    }

    package let configuration: Configuration

    package init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// The URL the site is reachable at, for the base URL and for the user.
    package static func url(host: String, port: Int) -> String {
        let reachable = switch host {
        case "0.0.0.0", "": "127.0.0.1"
        case "::", "[::]": "[::1]"
        default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
        return "http://\(reachable):\(port)/"
    }

    /// Serves until a graceful shutdown (SIGINT, SIGTERM) completes.
    /// - Parameter report: Called after each build and once the server listens.
    /// - Throws: `Failure` when the port cannot be bound.
    package func run(report: @escaping @Sendable (PreviewEvent) -> Void) async throws {
        var logger = Logger(label: "pubgen.serve")
        logger.logLevel = .critical
        let state = PreviewState()
        let (listening, listened) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let url = Self.url(host: configuration.host, port: configuration.port)
        let app = Application(
            responder: PreviewResponder(root: configuration.request.outputDirectory, state: state),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { _ in
                report(.listening(url: url))
                listened.yield()
                listened.finish()
            },
            logger: logger)
        let rebuilder = SiteRebuilder(
            request: configuration.request, state: state, targets: configuration.watched, polling: configuration.polling,
            quiet: configuration.quiet, listening: listening, report: report)
        // Graceful shutdown runs in reverse order: the rebuilder stops watching and ends
        // open event streams first, then the server closes its port.
        var group = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: rebuilder)],
            gracefulShutdownSignals: [.sigint, .sigterm, .sighup], logger: logger)
        group.maximumGracefulShutdownDuration = .seconds(5)
        group.maximumCancellationDuration = .seconds(2)
        do {
            try await ServiceGroup(configuration: group).run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure.portInUse(configuration.port)
        } catch let error as IOError {
            throw Failure.cannotListen(
                host: configuration.host, port: configuration.port, reason: String(cString: strerror(error.errnoCode)))
        } catch is SocketAddressError, is SocketAddressError.UnknownHost {
            throw Failure.cannotListen(host: configuration.host, port: configuration.port, reason: "no such host")
        }
    }
}
