namespace Lanyard.Data.Migrations;

/// <summary>One schema script: its version (the file name without extension, e.g. <c>0001_organisations</c>) and its SQL.</summary>
/// <param name="Version">Ordered, unique version name.</param>
/// <param name="Sql">The script.</param>
public sealed record Migration(string Version, string Sql);
