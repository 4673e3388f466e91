namespace Lanyard.Core.Policies.Loading;

/// <summary>
/// An error or warning found while loading a pack, with where it is: the file, the line and
/// column (both 1-based), and a message that says what is wrong and what is allowed.
/// </summary>
/// <param name="Source">The file path, or the embedded pack's name.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record PackDiagnostic(string Source, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message}";
}
