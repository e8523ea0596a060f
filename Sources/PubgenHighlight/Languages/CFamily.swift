extension LanguageDefinition {
    private static let cKeywords = """
        auto break case const continue default do else extern for goto if inline register restrict return \
        sizeof static switch typedef volatile while _Alignas _Alignof _Atomic _Generic _Noreturn \
        _Static_assert _Thread_local
        """
    private static let cTypes = """
        bool char double float int long short signed unsigned void _Bool size_t ssize_t ptrdiff_t intptr_t \
        uintptr_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t FILE
        """

    /// C: the preprocessor (`#include <…>` as meta and a string), prefixed strings (`L"…"`), characters.
    static let c = LanguageDefinition(
        words: WordTable(
            keywords: cKeywords, types: cTypes, literals: "NULL true false", definesType: "struct union enum"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("\""), StringRule("'")],
        stringPrefixes: "L u U u8",
        features: [.preprocessor])

    /// C++: C plus classes, templates, raw strings (`R"(…)"`) and common standard-library types.
    static let cpp = LanguageDefinition(
        words: WordTable(
            keywords: cKeywords + """
                 alignas alignof asm catch co_await co_return co_yield consteval constexpr constinit \
                const_cast decltype delete dynamic_cast explicit export final friend mutable namespace new \
                noexcept operator override private protected public reinterpret_cast requires static_assert \
                static_cast template thread_local throw try typeid typename using virtual
                """,
            types: cTypes + """
                 wchar_t char8_t char16_t char32_t string string_view vector map unordered_map set \
                unordered_set array list deque optional variant unique_ptr shared_ptr weak_ptr pair tuple \
                mutex lock_guard unique_lock thread atomic function span
                """,
            literals: "true false nullptr this NULL",
            definesType: "class struct union enum concept"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("\""), StringRule("'")],
        stringPrefixes: "L u U u8",
        capitalizedAreTypes: true,
        features: [.preprocessor, .cppRawStrings, .quoteDigitSeparators])

    /// Java: annotations, text blocks (`"""`), characters.
    static let java = LanguageDefinition(
        words: WordTable(
            keywords: """
                abstract assert break case catch const continue default do else extends final finally for \
                goto if implements import instanceof native new package permits private protected public \
                return sealed static strictfp switch synchronized throw throws transient try var volatile \
                while yield
                """,
            types: "boolean byte char double float int long short void",
            literals: "true false null this super",
            definesType: "class interface enum record"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: false),
        strings: [StringRule("\"\"\"", multiline: true), StringRule("\""), StringRule("'")],
        capitalizedAreTypes: true,
        features: [.decorators])

    /// Kotlin: `fun`, string templates (`${…}`), raw strings (`"""`), annotations.
    static let kotlin = LanguageDefinition(
        words: WordTable(
            keywords: """
                abstract actual annotation as break by catch companion const constructor continue \
                crossinline data do else enum expect external final finally for if import in infix init \
                inline inner internal is lateinit noinline open operator out override package private \
                protected public reified return sealed suspend tailrec throw try val var vararg when where while
                """,
            literals: "true false null this super",
            definesFunction: "fun", definesType: "class interface object typealias"),
        lineComments: ["//"],
        blockComment: ("/*", "*/", nests: true),
        strings: [
            StringRule("\"\"\"", escape: false, multiline: true, interpolation: "${"),
            StringRule("\"", interpolation: "${"), StringRule("'"),
        ],
        capitalizedAreTypes: true,
        features: [.decorators])
}
