/// A terminal session (`console`): a line starting with a prompt (`$ `, `# ` or `% `) is a
/// shell command (the prompt is meta), as is a line after one ending in `\`; other lines are
/// the commands' output, left plain.
enum ConsoleLexer {
    static func highlight(_ src: Source, into w: inout HTMLWriter) {
        var pos = src.start
        var continued = false
        while pos < src.end {
            let lineEnd = src.lineEnd(from: pos)
            let b = src[pos]
            var command: Int?
            if continued {
                command = pos
            } else if (b == 0x24 || b == 0x23 || b == 0x25) && (pos + 1 == lineEnd || src[pos + 1] == 0x20) {
                w.write(src, pos, pos + 1, .meta)
                command = pos + 1
            }
            if let command {
                CodeLexer.highlight(src.window(command, lineEnd), .shell, into: &w)
                var last = lineEnd
                if last > command && src[last - 1] == 0x0D { last -= 1 }
                continued = last > command && src[last - 1] == 0x5C
            } else {
                w.write(src, pos, lineEnd, .plain)
            }
            w.write(src, lineEnd, min(lineEnd + 1, src.end), .plain)
            pos = lineEnd + 1
        }
    }
}
