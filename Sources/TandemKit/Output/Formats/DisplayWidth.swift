/// How many terminal cells a character takes, as `wcwidth` and terminals count
/// them: two for East Asian wide and fullwidth characters and for emoji shown as
/// pictures, none for combining marks and invisible format characters, else one.
public enum DisplayWidth {
    public static func cells(_ character: Character) -> Int {
        var width = 0
        let scalars = character.unicodeScalars
        for scalar in scalars {
            width = max(width, cells(scalar))
        }
        // An emoji base with the emoji variation selector is drawn as a picture.
        if width == 1, scalars.contains("\u{FE0F}"), scalars.first?.properties.isEmoji == true { width = 2 }
        return width
    }

    static func cells(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
