namespace Lanyard.Core.Checking;

/// <summary>A photo attached to a draft: its name and bytes (the check does no file I/O).</summary>
/// <param name="FileName">The file name, for messages.</param>
/// <param name="Content">The image bytes.</param>
public sealed record PhotoAttachment(string FileName, ReadOnlyMemory<byte> Content);
