extension String {
    /// The answer of a probe over UTF-8 bytes (`BareLinkProbe`, `FootnoteProbe`) for this text.
    func probed(by probe: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = self
        return text.withUTF8(probe)
    }
}
