import PubgenDiagnostics
import Synchronization

/// The Markdown bodies of the articles still to compile, each released as soon as its
/// article takes it.
///
/// Between loading and compiling, every body is in memory (slugs must all be known
/// before any link is resolved). Kept in the sources, they stayed there until the whole
/// build ended: about 9 KB per article, 90 MB at 10,000. Here compiling an article frees
/// its body, so the compile phase ends holding almost none.
final class PendingBodies: Sendable {
    private let bodies: Mutex<[SourceText]>

    init(_ bodies: [SourceText]) {
        self.bodies = Mutex(bodies)
    }

    /// The body at `index`, once; later calls get `""`.
    func take(_ index: Int) -> SourceText {
        bodies.withLock { bodies in
            let body = bodies[index]
            bodies[index] = ""
            return body
        }
    }
}
