namespace Lanyard.Core.Checking;

/// <summary>
/// A detector over a draft's text. Pure: no I/O, no clock; anything it needs (a roster, a lexicon,
/// a model) is given to it when it is built. It must be linear in the text's length: no
/// backtracking regular expression ever runs on user text.
/// </summary>
public interface ITextDetector
{
    /// <summary>A short name for the detector, e.g. <c>personal-data</c>.</summary>
    string Name { get; }

    /// <summary>Adds what it finds in <paramref name="text"/> to <paramref name="detections"/>, in text order.</summary>
    void Detect(string text, List<Detection> detections);
}
