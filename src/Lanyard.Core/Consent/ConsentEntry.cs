using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Consent;

/// <summary>
/// What a pupil's parents said about one channel for one school year: photographs and names are
/// answered separately, and either may be unanswered (null).
/// </summary>
/// <param name="PupilId">The pupil's person id.</param>
/// <param name="Year">The school year it covers.</param>
/// <param name="Channel">Official social media, website or press.</param>
/// <param name="Photo">Photographs: given, refused, or not answered.</param>
/// <param name="Name">Name: given, refused, or not answered.</param>
/// <param name="GivenBy">Who answered (e.g. "Sara Jones (mother)").</param>
/// <param name="GivenOn">When they answered.</param>
public sealed record ConsentEntry(long PupilId, SchoolYear Year, ConsentChannel Channel, ConsentChoice? Photo, ConsentChoice? Name, string? GivenBy, DateOnly? GivenOn);
