namespace Lanyard.Core.Checking.Pupils;

/// <summary>Photo and name consent for one pupil for one school year; photo and name are separate.</summary>
/// <param name="MisId">The pupil.</param>
/// <param name="Year">The school year it covers.</param>
/// <param name="Photo">Photo consent, or null when nothing was recorded.</param>
/// <param name="Name">Name consent, or null when nothing was recorded.</param>
/// <param name="NeverPublish">Never publish this pupil (e.g. looked-after or adopted), whatever else is recorded.</param>
public sealed record ConsentRecord(string MisId, SchoolYear Year, ConsentChoice? Photo, ConsentChoice? Name, bool NeverPublish = false);
