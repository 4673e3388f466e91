namespace Lanyard.Core.Checking.Links;

/// <summary>
/// Where a link and its parts are in the text, without copying any of it: the detector looks the
/// host up as a span, so a post with no listed link allocates nothing.
/// </summary>
internal readonly record struct LinkSpan(int Start, int Length, int HostStart, int HostLength, int PathStart, int PathLength, bool HasScheme)
{
    public int End => Start + Length;
}
