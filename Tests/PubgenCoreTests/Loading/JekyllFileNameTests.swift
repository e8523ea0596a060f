import Foundation
import PubgenCore
import Testing

/// Jekyll post names and folders.
struct JekyllFileNameTests {
    @Test func datedNamesGiveTheDateAndTheSlug() throws {
        let name = try #require(JekyllFileName("2023-04-05-hello-world"))
        #expect(name.date == "2023-04-05")
        #expect(name.title == "hello-world")
        #expect(name.displayTitle == "Hello World")
    }

    @Test(arguments: ["hello-world", "2023-04-05", "2023-04-05-", "2023-4-05-x", "20230405-x", "abcd-ef-gh-x"])
    func otherNamesAreNotJekyllPosts(_ stem: String) {
        #expect(JekyllFileName(stem) == nil)
    }

    @Test func placementLeavesPostsAndDraftsFoldersOutOfTheSection() {
        func describe(_ path: String) -> String {
            let placement = ContentPlacement(relativePath: path)
            return "\(placement.section)|\(placement.stem)|\(placement.isInDrafts)"
        }
        #expect(describe("_posts/2023-04-05-a.md") == "|2023-04-05-a|false")
        #expect(describe("_drafts/idea.md") == "|idea|true")
        #expect(describe("news/_posts/x.md") == "news|x|false")
        #expect(describe("notes/field-work/index.md") == "notes|field-work|false")
        #expect(describe("My Notes/a.md") == "my-notes|a|false")
    }
}
