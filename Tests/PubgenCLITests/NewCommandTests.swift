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
}
