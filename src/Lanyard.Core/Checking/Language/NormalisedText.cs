namespace Lanyard.Core.Checking.Language;

/// <summary>
/// Text folded for matching by <see cref="TextNormaliser"/>: lower-case words without accents,
/// look-alikes or leetspeak, separated by single spaces, with a map from every normalised
/// character back to the span of the original text it came from. Detections are reported in
/// original coordinates through <see cref="ToOriginal"/>.
/// </summary>
/// <remarks>
/// Mutable on purpose: a detector reuses one instance per thread so that checking a post
/// allocates nothing once the buffers have grown. Build one with <see cref="TextNormaliser.Normalise(string)"/>.
/// </remarks>
public sealed class NormalisedText
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];
    private CharFlags[] _flags = new CharFlags[256];
    private NormalisedToken[] _tokens = new NormalisedToken[64];
    private CharFlags[] _tokenFlags = new CharFlags[64];
    private int _length;
    private int _tokenCount;

    /// <summary>The text this was normalised from.</summary>
    public string Original { get; private set; } = string.Empty;

    /// <summary>The normalised text: words separated by single spaces.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    /// <summary>The number of words.</summary>
    public int TokenCount => _tokenCount;

    /// <summary>The words, in text order.</summary>
    public ReadOnlySpan<NormalisedToken> Tokens => _tokens.AsSpan(0, _tokenCount);

    internal ReadOnlySpan<CharFlags> Flags => _flags.AsSpan(0, _length);

    /// <summary>
    /// The span of the original text that normalised characters <paramref name="start"/> to
    /// <paramref name="start"/> + <paramref name="length"/> came from, including any accents,
    /// repeated letters and invisible characters between them.
    /// </summary>
    /// <param name="start">Start in the normalised text.</param>
    /// <param name="length">Length in the normalised text; at least 1.</param>
    /// <returns>Start and length in <see cref="Original"/> (UTF-16 code units).</returns>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, _length);
        var originalStart = _starts[start];
        return (originalStart, _ends[start + length - 1] - originalStart);
    }

    /// <inheritdoc />
    public override string ToString() => new(Text);

    /// <summary>OR of the <see cref="CharFlags"/> of each word's characters, by word index.</summary>
    internal ReadOnlySpan<CharFlags> TokenFlags => _tokenFlags.AsSpan(0, _tokenCount);

    // The normaliser writes straight into these: it sizes them once per text in Reset.
    internal char[] CharBuffer => _chars;

    internal int[] StartBuffer => _starts;

    internal int[] EndBuffer => _ends;

    internal CharFlags[] FlagBuffer => _flags;

    /// <summary>Clears the text and makes room for the longest possible result.</summary>
    internal void Reset(string original)
    {
        Original = original;
        _length = 0;
        _tokenCount = 0;

        // A code unit becomes at most two characters ("ß" is "ss"), and a space between words
        // always replaces at least one separator, so twice the input always fits.
        var needed = (original.Length * 2) + 2;
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
            _starts = new int[needed];
            _ends = new int[needed];
            _flags = new CharFlags[needed];
        }
    }

    internal void SetLength(int length) => _length = length;

    internal void AddToken(int start, int length, CharFlags flags)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _tokenFlags, _tokens.Length);
        }

        _tokens[_tokenCount] = new NormalisedToken(start, length);
        _tokenFlags[_tokenCount] = flags;
        _tokenCount++;
    }
}
