/// A value's fields in one shared box, copied out before the first change to a shared
/// one: articles, their sources and their front matter are copied through the whole
/// build (arrays, neighbours, related lists, tasks), and a copy then costs one
/// reference count instead of one per field. The types that use it read and write their
/// fields as plain properties through dynamic member lookup.
struct CopyOnWriteBox<Fields: Sendable>: Sendable {
    private var storage: Storage

    init(_ fields: Fields) {
        storage = Storage(fields)
    }

    var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    /// Written only while uniquely referenced (see `fields`), so sharing it between
    /// tasks is safe although its contents are `var`.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
