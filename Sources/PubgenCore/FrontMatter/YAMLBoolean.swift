/// The words front matter and the configuration read as true or false: YAML 1.2's
/// `true`/`false`, and YAML 1.1's `yes`/`no`/`on`/`off`, which Jekyll (and so many
/// migrated posts, `published: no`) uses. The configuration took the latter and front
/// matter refused them.
package enum YAMLBoolean {
    package static func value(of text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": false
        default: nil
        }
    }
}
