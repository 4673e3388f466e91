using Lanyard.Core.Checking;

namespace Lanyard.Core.Tests.Checking.PersonalData;

/// <summary>Runs a detector and returns what it found as the matched text, so tables read naturally.</summary>
internal static class DetectorRun
{
    public static List<Detection> All(ITextDetector detector, string text)
    {
        var detections = new List<Detection>();
        detector.Detect(text, detections);
        return detections;
    }

    public static List<string> Spans(ITextDetector detector, string text) =>
        [.. All(detector, text).Select(d => text.Substring(d.Start, d.Length))];

    /// <summary>Inputs every detector must survive without throwing or hanging (issue 3, "Bad input").</summary>
    public static TheoryData<string> HostileInputs()
    {
        var digits = string.Concat(Enumerable.Repeat("07700 900123 SW1A 1AA jo@example.com 943 476 5919 ", 2_000));
        return new TheoryData<string>
        {
            string.Empty,
            "\uD800 07700 900123 \uDC00",
            "\u0000\u0001\u0007\u001B 07700\u0000900123",
            "0" + new string('\u0301', 10_000) + "7700 900123",
            "\u202E07700 900123\u202C \u200B07700\u200B900123 \u2066SW1A 1AA\u2069",
            new string('7', 100_000),
            new string('@', 100_000),
            string.Concat(Enumerable.Repeat("1 ", 50_000)),
            string.Concat(Enumerable.Repeat("12 Aa ", 20_000)),
            string.Concat(Enumerable.Repeat("a.", 50_000)) + "@",
            digits[..100_000],
        };
    }
}
