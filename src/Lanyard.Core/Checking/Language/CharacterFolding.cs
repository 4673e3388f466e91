using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Lanyard.Core.Checking.Language;

/// <summary>What one code point becomes when text is normalised for matching.</summary>
internal enum FoldKind : byte
{
    /// <summary>Ends a word: spaces, punctuation, symbols, emoji, controls, lone surrogates.</summary>
    Separator,

    /// <summary>Vanishes without ending a word: zero-width and bidi controls, variation selectors.</summary>
    Ignorable,

    /// <summary>A combining mark: vanishes, but the span of the letter it sits on grows to cover it.</summary>
    Mark,

    /// <summary>A letter, folded to lower case without accents.</summary>
    Letter,

    /// <summary>An ASCII digit (a leetspeak letter when its word has letters).</summary>
    Digit,

    /// <summary><c>@</c>, <c>$</c> or <c>!</c> (a leetspeak letter inside a word).</summary>
    Symbol,

    /// <summary><c>*</c>, which stands for a hidden letter inside a word ("f*ck").</summary>
    Star,
}

/// <summary>
/// Folds one code point at a time: case, accents, a curated table of confusables and the
/// fullwidth, mathematical and enclosed alphanumerics. Everything is a table lookup or a
/// little arithmetic, so normalising is linear with a small constant.
/// </summary>
internal static class CharacterFolding
{
    // Accented Latin letters by their base letter (what canonical decomposition would keep), for
    // Latin-1 Supplement (U+00C0) and Latin Extended-A (U+0100-U+017F); '.' marks a code point
    // that is not an accented letter or needs the special table below. Written out rather than
    // computed with string.Normalize, which does nothing under InvariantGlobalization.
    private const int AccentedStart = 0x00C0;
    private const string Accented =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy.." +
        "aaaaaa.ceeeeiiii.nooooo..uuuuy.y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrsssssssstttttt" +
        "uuuuuuuuuuuuwwyyyzzzzzzs";

    // Letters with no canonical decomposition that readers still see as Latin letters.
    private const string SpecialPairs =
        "ßss ẞss æae Æae œoe Œoe øo Øo " +
        "łl Łl đd Đd ðd Ðd þth Þth " +
        "ħh Ħh ŧt Ŧt ƀb ƚl ĳij Ĳij " +
        "ŀl Ŀl ſs ǎa ǐi ǒo ǔu șs " +
        "Șs țt Țt";

    private static readonly FrozenDictionary<int, string> Specials =
        ParsePairs(SpecialPairs).ToFrozenDictionary(pair => pair.Key, pair => pair.Value);

    // Look-alikes that attackers use to dodge word filters (after Unicode's confusables.txt, cut
    // down to letters that pass for Latin in ordinary fonts). Both cases are listed because some
    // capitals resemble a different Latin letter than their lower case does (Greek Η is "H", η is "n").
    // In order: Cyrillic, Greek, Latin look-alikes that decomposition leaves alone, small capitals,
    // letterlike symbols (which also fill the holes in the mathematical alphanumerics block).
    private const string ConfusablePairs =
        "Аa Вb Еe Ёe Кk Мm Нh Оo " +
        "Рp Сc Тt Хx Уy Іi Їi Ѕs " +
        "Јj Ԁd Ԛq Ԝw Һh " +
        "аa вb еe ёe кk мm нh оo " +
        "рp сc тt хx уy іi їi ѕs " +
        "јj ԁd ԛq ԝw һh ѡw ьb гr " +
        "пn ӏl " +
        "Αa Βb Εe Ζz Ηh Ιi Κk Μm " +
        "Νn Οo Ρp Τt Υy Χx " +
        "αa βb γy εe ηn ιi κk νv " +
        "οo ρp τt υu χx ωw ςs " +
        "ɑa ɨi ʉu ıi ɩi ǀl ɡg ʋv ɔc " +
        "ᴀa ʙb ᴄc ᴅd ᴇe ғf ɢg ʜh " +
        "ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp " +
        "ǫq ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy " +
        "ᴢz " +
        "ℂc ℊg ℋh ℌh ℍh ℎh ℐi ℑi " +
        "ℒl ℓl ℕn ℙp ℚq ℛr ℜr ℝr " +
        "ℤz ℨz ℬb ℭc ℯe ℰe ℱf ℳm " +
        "ℴo";

    private static readonly FrozenDictionary<int, char> Confusables =
        ParsePairs(ConfusablePairs).ToFrozenDictionary(pair => pair.Key, pair => pair.Value[0]);

    // ASCII is most of any post: a table per code unit instead of branches.
    private static readonly FoldKind[] AsciiKinds = BuildAsciiKinds();

    /// <summary>What an ASCII character is, without branching.</summary>
    public static FoldKind AsciiKind(char c) => AsciiKinds[c];

    /// <summary>An ASCII character folded to lower case.</summary>
    public static char AsciiFolded(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    /// <summary>Folds <paramref name="codePoint"/>; <paramref name="first"/> and <paramref name="second"/> ('\0' if unused) are what it becomes.</summary>
    public static FoldKind Fold(int codePoint, out char first, out char second)
    {
        second = '\0';
        if (codePoint < 0x80)
        {
            return FoldAscii((char)codePoint, out first);
        }

        first = '\0';
        if (codePoint is >= 0xFF01 and <= 0xFF5E)
        {
            // Fullwidth ASCII: same layout as ASCII, shifted.
            return FoldAscii((char)(codePoint - 0xFEE0), out first);
        }

        if (IsIgnorable(codePoint))
        {
            return FoldKind.Ignorable;
        }

        if (Confusables.TryGetValue(codePoint, out var lookAlike))
        {
            first = lookAlike;
            return FoldKind.Letter;
        }

        if (codePoint >= AccentedStart && codePoint < AccentedStart + Accented.Length && Accented[codePoint - AccentedStart] != '.')
        {
            first = Accented[codePoint - AccentedStart];
            return FoldKind.Letter;
        }

        if (Specials.TryGetValue(codePoint, out var special))
        {
            first = special[0];
            second = special.Length > 1 ? special[1] : '\0';
            return FoldKind.Letter;
        }

        if (TryFoldStyledLetter(codePoint, out first))
        {
            return char.IsAsciiDigit(first) ? FoldKind.Digit : FoldKind.Letter;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return FoldKind.Separator;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return FoldKind.Mark;
            case UnicodeCategory.Format:
                return FoldKind.Ignorable;
            case UnicodeCategory.DecimalDigitNumber:
                var value = (int)Rune.GetNumericValue(new Rune(codePoint));
                first = (char)('0' + Math.Max(0, value));
                return FoldKind.Digit;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                if (codePoint > 0xFFFF)
                {
                    // Letters outside the BMP (historic scripts, CJK extensions) stay themselves.
                    var text = char.ConvertFromUtf32(codePoint);
                    first = text[0];
                    second = text[1];
                    return FoldKind.Letter;
                }

                first = char.ToLowerInvariant((char)codePoint);
                return FoldKind.Letter;
            default:
                return FoldKind.Separator;
        }
    }

    private static FoldKind[] BuildAsciiKinds()
    {
        var kinds = new FoldKind[0x80];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = FoldAscii((char)c, out _);
        }

        return kinds;
    }

    private static FoldKind FoldAscii(char c, out char folded)
    {
        folded = c;
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        {
            return char.IsAsciiDigit(c) ? FoldKind.Digit : FoldKind.Letter;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            folded = (char)(c | 0x20);
            return FoldKind.Letter;
        }

        return c switch
        {
            '@' or '$' or '!' => FoldKind.Symbol,
            '*' => FoldKind.Star,
            _ => FoldKind.Separator,
        };
    }

    private static bool IsIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    // Mathematical alphanumerics (𝐟𝐮𝐜𝐤), circled and parenthesised letters, squared and negative
    // letters, regional indicators: all are runs of 26 letters (or 10 digits) in alphabet order.
    private static bool TryFoldStyledLetter(int codePoint, out char folded)
    {
        folded = '\0';
        var letter = codePoint switch
        {
            >= 0x1D400 and <= 0x1D6A3 => (codePoint - 0x1D400) % 26,
            >= 0x24B6 and <= 0x24E9 => (codePoint - 0x24B6) % 26,
            >= 0x249C and <= 0x24B5 => codePoint - 0x249C,
            >= 0x1F130 and <= 0x1F149 => codePoint - 0x1F130,
            >= 0x1F150 and <= 0x1F169 => codePoint - 0x1F150,
            >= 0x1F170 and <= 0x1F189 => codePoint - 0x1F170,
            >= 0x1F1E6 and <= 0x1F1FF => codePoint - 0x1F1E6,
            _ => -1,
        };
        if (letter >= 0)
        {
            folded = (char)('a' + letter);
            return true;
        }

        if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            folded = (char)('0' + ((codePoint - 0x1D7CE) % 10));
            return true;
        }

        return false;
    }

    // "Xabc Yd": the first character of each space-separated item folds to the rest.
    private static IEnumerable<KeyValuePair<int, string>> ParsePairs(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(item => KeyValuePair.Create((int)item[0], item[1..]));
}
