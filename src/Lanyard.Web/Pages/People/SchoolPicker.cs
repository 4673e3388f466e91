namespace Lanyard.Web.Pages.People;

/// <summary>What the school picker partial needs: the scope, and the query values to keep when the school changes.</summary>
/// <param name="Scope">The school shown and the choices.</param>
/// <param name="Keep">Other query values the page needs again (e.g. the school year), by name.</param>
internal sealed record SchoolPicker(SchoolScope Scope, IReadOnlyDictionary<string, string> Keep);
