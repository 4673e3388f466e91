namespace Lanyard.Core.Checking.Language;

/// <summary>
/// What the lexicon knows about one normalised word: the entry for the word on its own (if
/// listed) and the phrase-trie node reached by reading it as the first word of a phrase (null if
/// no phrase starts with it), so the detector needs one lookup per word of text.
/// </summary>
internal sealed record LexiconWord(LexiconEntry? Entry, PhraseNode? Phrases);
