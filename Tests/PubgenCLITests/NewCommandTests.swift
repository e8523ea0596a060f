import Foundation
import PubgenTestSupport
import Testing

struct NewCommandTests {
    static let title = "Python: The Unified Force Behind Modern Web Development & Machine Learning"

    @Test func createsAnArticleThatLintAcceptsAndRefusesToOverwriteIt() throws {
        let folder = try TemporaryDirectory("new")
        let created = try pubgen("new", Self.title, in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
        let path = "content/python-the-unified-force-behind-modern-web-development-machine-learning.md"
        #expect(created.stdout == path + "\n")
        let text = try String(contentsOf: folder.appending(path), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"\(Self.title)\"\n"))
        #expect(text.contains("\ndraft: true\n"))

        let lint = try pubgen("lint", in: folder.url)
        #expect(lint.status == 0)
        #expect(lint.stderr == "0 errors, 0 warnings in 1 file\n")

        try folder.write(path, "edited by the writer")
        let again = try pubgen("new", Self.title, in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr == "error: '\(path)' already exists; pass --force to overwrite it\n")
        #expect(try String(contentsOf: folder.appending(path), encoding: .utf8) == "edited by the writer")

        #expect(try pubgen("new", "--force", Self.title, in: folder.url).status == 0)
        #expect(try String(contentsOf: folder.appending(path), encoding: .utf8) == text)
    }

    @Test func usesTheConfiguredAuthorDateAndFolder() throws {
        let folder = try TemporaryDirectory("new")
        try folder.write("pubgen.yml", "author: \"Ana Folau\"\n")
        let outcome = try pubgen("new", "--content", "posts", "--date", "2025-03-04", "--", "-dash: a 'quoted' #title", in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "posts/dash-a-quoted-title.md\n")
        let text = try String(contentsOf: folder.appending("posts/dash-a-quoted-title.md"), encoding: .utf8)
        #expect(text.contains("title: \"-dash: a 'quoted' #title\"\nsubtitle: \"\"\ndescription: \"\"\nauthor: \"Ana Folau\"\npublish_date: 2025-03-04\ncreated_date: 2025-03-04\n"))
        #expect(try pubgen("lint", "posts", in: folder.url).status == 0)
    }

    @Test func anArchetypeIsTheTemplate() throws {
        let folder = try TemporaryDirectory("new")
        try folder.write("archetypes/default.md", "---\ntitle: {{titleQuoted}}\npublish_date: {{date}}\n---\n\n# Notes on {{title}}\n")
        let outcome = try pubgen("new", "--date", "2025-03-04", "Tom & Jerry", in: folder.url)
        #expect(outcome.status == 0)
        #expect(try String(contentsOf: folder.appending("content/tom-jerry.md"), encoding: .utf8)
                == "---\ntitle: \"Tom & Jerry\"\npublish_date: 2025-03-04\n---\n\n# Notes on Tom & Jerry\n")
    }

    @Test func aHugoArchetypeIsAnErrorAtItsLineThatSaysWhatItIs() throws {
        let folder = try TemporaryDirectory("new")
        try folder.write("archetypes/default.md", "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\n+++\n")
        let outcome = try pubgen("new", "Second Post", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("archetypes/default.md:2:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("it looks like a Hugo (Go template) archetype") && outcome.stderr.contains("[archetype.syntax]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending("content").path))
    }

    @Test(arguments: [["new", ""], ["new", "日本語"], ["new", "--date", "2025-02-30", "T"], ["new", "--date", "04/03/2025", "T"]])
    func badArgumentsAreUsageErrors(_ arguments: [String]) throws {
        let folder = try TemporaryDirectory("new")
        let outcome = try PubgenProcess.run(arguments, in: folder.url)
        #expect(outcome.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appending("content").path))
    }

    /// It looked for a file of the same name only: beside `hello/index.md` (or a Jekyll
    /// post ending in `-hello.md`) it wrote `hello.md`, and lint then failed the site.
    @Test func refusesATitleWhosePageAnotherArticleAlreadyIs() throws {
        let folder = try TemporaryDirectory("new")
        try folder.write("content/hello/index.md", "---\ntitle: Hello\npublish_date: 2025-03-04\n---\n\nText.\n")
        try folder.write("content/_posts/2023-04-05-world.md", "---\ntitle: World\naliases: [/c/]\n---\n\nText.\n")
        try folder.write("content/posts/_index.md", "---\ntitle: All posts\n---\n")
        for (title, other) in [
            ("Hello", "content/hello/index.md"), ("World", "content/_posts/2023-04-05-world.md"),
            ("C", "content/_posts/2023-04-05-world.md"), ("Posts", "content/posts/_index.md"),
        ] {
            let outcome = try pubgen("new", title, in: folder.url)
            #expect(outcome.status == 1)
            let file = "content/\(title.lowercased()).md"
            #expect(outcome.stderr == "error: '\(file)' would be published at \(title.lowercased())/, which '\(other)' already is; pass --slug to choose another\n")
            #expect(!FileManager.default.fileExists(atPath: folder.appending(file).path))
        }
        #expect(try pubgen("new", "--slug", "hello-again", "Hello", in: folder.url).status == 0)
        let reserved = try pubgen("new", "Tags", in: folder.url)
        #expect(reserved.status == 1)
        #expect(reserved.stderr == "error: 'content/tags.md': slug 'tags' is reserved for pubgen's own pages; choose another 'slug' (pass --slug)\n")
    }

    /// A misspelt time zone gave a date in UTC, a day off, without a word.
    @Test func aBrokenConfigurationIsReportedNotIgnored() throws {
        let folder = try TemporaryDirectory("new")
        try folder.write("pubgen.yml", "timezone: America/Los_Angles\n")
        let outcome = try pubgen("new", "Typo", in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("pubgen.yml:1:11: error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.appending("content").path))
    }

    /// Control characters are not allowed in YAML: a pasted colour code made a file lint rejects.
    @Test func controlCharactersInTheTitleAreLeftOut() throws {
        let folder = try TemporaryDirectory("new")
        let outcome = try pubgen("new", "Pasted \u{1B}[1mbold\u{1B}[0m\ttitle\u{7F}", in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "content/pasted-bold-title.md\n")
        let text = try String(contentsOf: folder.appending("content/pasted-bold-title.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Pasted bold title\"\n"))
        #expect(try pubgen("lint", in: folder.url).status == 0)
    }
}
