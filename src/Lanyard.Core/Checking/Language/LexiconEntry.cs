namespace Lanyard.Core.Checking.Language;

/// <summary>One normalised lexicon term: its category (null for an allowed phrase) and word count.</summary>
internal sealed record LexiconEntry(string Term, string? Category, int Words);
