using System.Text;
using Lanyard.Core.Checking.Language;

namespace Lanyard.Core.Tests.Checking.Language;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("FUCK", "fuck")]
    [InlineData("fück", "fuck")]
    [InlineData("fu\u0308ck", "fuck")]
    [InlineData("fu\u0441k", "fuck")]
    [InlineData("\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0456\u0455", "aeopcxyis")]
    [InlineData("\uFF46\uFF55\uFF43\uFF4B", "fuck")]
    [InlineData("\U0001D41F\U0001D42E\U0001D41C\U0001D424", "fuck")]
    [InlineData("\u24BB\u24E4\u24D2\u24DA", "fuck")]
    [InlineData("\u1D00\u0299\u1D04", "abc")]
    [InlineData("f\u200Buck", "fuck")]
    [InlineData("\u202Efuck\u202C", "fuck")]
    [InlineData("fu\uFE0Fck", "fuck")]
    [InlineData("sh1t", "shit")]
    [InlineData("b!tch", "bitch")]
    [InlineData("$hit", "shit")]
    [InlineData("@ss", "ass")]
    [InlineData("h4te", "hate")]
    [InlineData("7w47", "twat")]
    [InlineData("fuuuuck", "fuuck")]
    [InlineData("bass passion", "bass passion")]
    [InlineData("Hello, world!", "hello world")]
    [InlineData("Wow!!! Great!", "wow great")]
    [InlineData("Year 6 won 3-1 in 2024", "year 6 won 3 1 in 2024")]
    [InlineData("£5!", "5")]
    [InlineData("f.u.c.k", "f u c k")]
    [InlineData("h  a  t  e", "h a t e")]
    [InlineData("*important*", "important")]
    [InlineData("f*ck f**k", "f*ck f**k")]
    [InlineData("Straße Æsop", "strasse aesop")]
    [InlineData("naïve café Zoë", "naive cafe zoe")]
    [InlineData("Kung-Fu", "kung fu")]
    [InlineData("girls' football", "girls football")]
    [InlineData("!!! *** @@@", "")]
    [InlineData("", "")]
    public void Normalise_FoldsDisguises(string input, string expected) =>
        TextNormaliser.Normalise(input).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Hey \uFF46\uFF55\uFF43\uFF4B!", 1, 4, 4)]
    [InlineData("fuuuuck yes", 0, 0, 7)]
    [InlineData("\U0001D41F\U0001D42E\U0001D41C\U0001D424 off", 0, 0, 8)]
    [InlineData("so fu\u0308\u0308ck", 1, 3, 6)]
    [InlineData("a f\u200Bu\u200Bc\u200Bk b", 1, 2, 7)]
    [InlineData("Stra\u00DFe now", 0, 0, 6)]
    public void ToOriginal_MapsAWordBackToItsOriginalSpan(string input, int token, int start, int length)
    {
        var normalised = TextNormaliser.Normalise(input);
        var word = normalised.Tokens[token];

        normalised.ToOriginal(word.Start, word.Length).ShouldBe((start, length));
    }

    [Fact]
    public void Normalise_StretchedRun_FlagsTheSecondLetterSoBothReadingsCanBeTried()
    {
        var normalised = TextNormaliser.Normalise("fuuuuck");

        normalised.Flags[2].HasFlag(CharFlags.Stretched).ShouldBeTrue();
        normalised.Flags[1].HasFlag(CharFlags.Stretched).ShouldBeFalse();
    }

    [Fact]
    public void Normalise_TenThousandCombiningMarks_KeepsOneLetterCoveringThemAll()
    {
        var text = "a" + new string('\u0301', 10_000) + " b";

        var normalised = TextNormaliser.Normalise(text);

        normalised.ToString().ShouldBe("a b");
        normalised.ToOriginal(0, 1).ShouldBe((0, 10_001));
    }

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Normalise_PathologicalInput_DoesNotThrowAndMapsInsideTheText(string input)
    {
        var normalised = TextNormaliser.Normalise(input);

        foreach (var token in normalised.Tokens)
        {
            var (start, length) = normalised.ToOriginal(token.Start, token.Length);
            start.ShouldBeGreaterThanOrEqualTo(0);
            (start + length).ShouldBeLessThanOrEqualTo(input.Length);
        }
    }

    [Fact]
    public void Normalise_ReusedInstance_ForgetsThePreviousText()
    {
        var into = new NormalisedText();
        TextNormaliser.Normalise(new string('x', 5000) + " long", into);

        TextNormaliser.Normalise("short", into);

        into.ToString().ShouldBe("short");
        into.TokenCount.ShouldBe(1);
        into.Original.ShouldBe("short");
    }

    public static TheoryData<string> PathologicalInputs() => new()
    {
        string.Empty,
        "\uD800",
        "ab\uDC00cd\uD83D",
        "\u0000\u0001\u0007\u001B[31m\u007F",
        new string('\u0301', 10_000),
        "\u202E\u202D\u2066\u2069\u200B\u200D\uFEFF",
        string.Concat(Enumerable.Repeat("f\u200Bu\u202Ec\u0301k ", 20_000)),
        new string('a', 100_000),
        new string('*', 50_000),
        string.Concat(Enumerable.Repeat("\U0001F595", 30_000)),
        BuildMixed(),
    };

    private static string BuildMixed()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append((char)((i * 7919) % 0xFFFF));
        }

        return builder.ToString();
    }
}
