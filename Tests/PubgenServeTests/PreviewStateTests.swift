import PubgenServe
import Testing

struct PreviewStateTests {
    @Test func subscribersHearOfEveryBuild() async {
        let state = PreviewState()
        let stream = await state.subscribe(since: 0)
        await state.finishBuild(succeeded: false, failure: "content/a.md:1:1: error: x")
        var iterator = stream.makeAsyncIterator()
        #expect(await iterator.next() == 1)
        #expect(await state.current == .init(generation: 1, hasSite: false, failure: "content/a.md:1:1: error: x"))
        await state.finishBuild(succeeded: true, failure: nil)
        #expect(await iterator.next() == 2)
        #expect(await state.current == .init(generation: 2, hasSite: true, failure: nil))
    }

    @Test func aTabThatMissedABuildReloadsAtOnce() async {
        let state = PreviewState()
        await state.finishBuild(succeeded: true, failure: nil)
        await state.finishBuild(succeeded: true, failure: nil)
        var stale = await state.subscribe(since: 1).makeAsyncIterator()
        #expect(await stale.next() == 2)
        let current = await state.subscribe(since: 2)
        await state.close()
        var iterator = current.makeAsyncIterator()
        #expect(await iterator.next() == nil)
    }

    @Test func closingEndsEveryStream() async {
        let state = PreviewState()
        let streams = [await state.subscribe(since: 0), await state.subscribe(since: nil)]
        await state.close()
        for stream in streams {
            var iterator = stream.makeAsyncIterator()
            #expect(await iterator.next() == nil)
        }
        var late = await state.subscribe(since: 0).makeAsyncIterator()
        #expect(await late.next() == nil)
    }

    @Test func theDebouncerBatchesABurst() async {
        let debouncer = ChangeDebouncer(quiet: .milliseconds(50))
        await debouncer.add("a")
        await debouncer.add("b")
        await debouncer.add("a")
        var signals = debouncer.signals.makeAsyncIterator()
        #expect(await signals.next() != nil)
        #expect(await debouncer.settle() == ["a", "b"])
        #expect(await debouncer.settle() == [])
    }
}
