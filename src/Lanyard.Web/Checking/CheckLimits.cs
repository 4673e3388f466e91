using Lanyard.Core.Checking;

namespace Lanyard.Web.Checking;

/// <summary>
/// How much one post check may send, for the page and the API alike. Photos are read into memory
/// and never written to disk, so the limits bound the memory a single request can take. The API's
/// limit fits under Kestrel's default request body limit (about 28.6 MiB) with the photos as base64.
/// </summary>
internal static class CheckLimits
{
    /// <summary>The longest text the check takes (the core's limit).</summary>
    public const int MaxTextLength = PostChecker.MaxTextLength;

    /// <summary>The most photos one check reads.</summary>
    public const int MaxPhotos = 10;

    /// <summary>The largest single photo, 10 MiB: a phone photo is a few megabytes.</summary>
    public const int MaxPhotoBytes = 10 * 1024 * 1024;

    /// <summary>All the photos of one check together, 20 MiB.</summary>
    public const int MaxPhotoBytesInAll = 20 * 1024 * 1024;

    /// <summary>The most people one post may tag.</summary>
    public const int MaxTags = 30;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 100;

    /// <summary>
    /// The form's body: as many photos as the form takes at the most each may be, plus room for the text
    /// (at most 3 bytes a character) and the other fields. Larger than <see cref="MaxPhotoBytesInAll"/>
    /// so that photos over that total are still read and refused with a message by the field; a body
    /// over this limit cannot be read at all and gets the error page.
    /// </summary>
    public const int MaxFormBytes = (MaxPhotos * MaxPhotoBytes) + (1024 * 1024);

    /// <summary>The API's body: the photos as base64 (4 characters per 3 bytes), plus room for the text escaped in JSON.</summary>
    public const int MaxApiBytes = (MaxPhotoBytesInAll / 3 * 4) + (1024 * 1024);
}
