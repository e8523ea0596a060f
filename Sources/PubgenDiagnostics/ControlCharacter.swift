extension Unicode.Scalar {
    /// A C0 control (tab and line breaks included), DEL or a C1 control: what a
    /// diagnostic spells out, JSON escapes and a URL path may not hold.
    package var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

extension UInt8 {
    /// A byte that HTML forbids as text and XML cannot carry: a C0 control other than
    /// tab, line feed and carriage return, or DEL. Article bodies lose these on loading
    /// (`ControlCharacters`) and HTML escaping drops them (`HTMLText`). Inlinable: it is
    /// asked of every byte of every body, and a call per byte across modules showed in profiles.
    @inlinable
    package var isForbiddenInMarkup: Bool {
        (self < 0x20 && self != 0x09 && self != 0x0A && self != 0x0D) || self == 0x7F
    }
}
