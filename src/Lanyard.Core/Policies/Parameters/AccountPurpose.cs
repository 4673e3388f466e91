namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// What an official account is for. The register records it because packs scope their account
/// rules by it: Heathcoat's sanctioned-use rules cover accounts "for educational purposes", and
/// St Mary's 4.2 covers only closed curriculum spaces.
/// </summary>
public enum AccountPurpose
{
    /// <summary>The school's public voice: news, events, messages to parents. Written <c>communications</c>.</summary>
    Communications,

    /// <summary>Teaching and learning, open to view (a class blog, a subject account). Written <c>curriculum</c>.</summary>
    Curriculum,

    /// <summary>A closed blog or social networking area for curriculum purposes, open to members only. Written <c>closed-space</c>.</summary>
    ClosedSpace,
}
