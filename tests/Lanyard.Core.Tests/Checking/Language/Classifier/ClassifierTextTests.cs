using Lanyard.Core.Checking.Language.Classifier;

namespace Lanyard.Core.Tests.Checking.Language.Classifier;

public class ClassifierTextTests
{
    [Theory]
    [InlineData("", " ")]
    [InlineData("Hello World", " hello world ")]
    [InlineData("RT @mayasolovely: As a woman", " as a woman ")]
    [InlineData("read this http://t.co/abc123 now", " read this now ")]
    [InlineData("see www.example.com/x", " see ")]
    [InlineData("fish &amp; chips &#128514;", " fish chips ")]
    [InlineData("soooooo goooood!!!", " soo good ")]
    [InlineData("don't won\u2019t", " dont wont ")]
    [InlineData("#BlackHistoryMonth", " blackhistorymonth ")]
    [InlineData("b\u200Bi\u200Bt\u200Bc\u200Bh", " bitch ")]
    [InlineData("ART and RTs stay", " art and rts stay ")]
    [InlineData("email@school.uk", " email school uk ")]
    [InlineData("caf\u00E9 e\u0301", " caf\u00E9 e ")]
    public void Normalise_RemovesTwitterFurnitureAndFoldsCase(string text, string expected)
    {
        var buffer = new char[ClassifierText.MaxLength(text.Length)];

        var length = ClassifierText.Normalise(text, buffer);

        new string(buffer, 0, length).ShouldBe(expected);
    }

    [Fact]
    public void Normalise_NeverWritesMoreThanMaxLength()
    {
        var text = string.Concat(Enumerable.Repeat("a!", 500));
        var buffer = new char[ClassifierText.MaxLength(text.Length)];

        var length = ClassifierText.Normalise(text, buffer);

        length.ShouldBeLessThanOrEqualTo(buffer.Length);
    }
}
