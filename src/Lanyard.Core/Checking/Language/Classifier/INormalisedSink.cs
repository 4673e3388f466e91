namespace Lanyard.Core.Checking.Language.Classifier;

/// <summary>
/// Receives the output of <see cref="ClassifierText.Normalise{TSink}"/> as it is produced: a buffer
/// for tests and training, or the feature hasher directly when a post is scored. Implemented by
/// structs, so the JIT specialises and inlines each use.
/// </summary>
internal interface INormalisedSink
{
    /// <summary>The next letter or digit of the current word, already in lower case.</summary>
    void Letter(char c);

    /// <summary>The end of a word (the space after it).</summary>
    void Space();
}
