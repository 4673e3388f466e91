namespace Lanyard.Core.Checking.Links;

/// <summary>
/// A link found in a draft: where it is in the original text and the host it points at.
/// </summary>
/// <param name="Start">Start index in the original text (UTF-16 code units).</param>
/// <param name="Length">Length in the original text, trailing punctuation excluded.</param>
/// <param name="Text">The link exactly as written, e.g. <c>https://www.bet365.com/odds</c> or <c>bbc.co.uk</c>.</param>
/// <param name="Host">The host in lower case, as written (Unicode or punycode), e.g. <c>www.bet365.com</c>.</param>
/// <param name="Path">Everything after the host and port (path, query, fragment); empty when there is none.</param>
/// <param name="HasScheme">Whether the link was written with <c>http://</c>, <c>https://</c> or <c>ftp://</c>.</param>
public sealed record Link(int Start, int Length, string Text, string Host, string Path, bool HasScheme);
