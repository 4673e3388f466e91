namespace Lanyard.Core.Checking.Language;

/// <summary>
/// What the lexicon knows about one normalised word: the entry for the word on its own (if
/// listed) and the most words of any phrase that starts with it (0 if none), so the detector needs
/// one lookup per word of text.
/// </summary>
internal sealed record LexiconWord(LexiconEntry? Entry, int PhraseWords);
