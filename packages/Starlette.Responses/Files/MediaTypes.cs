namespace Starlette.Responses;

/// <summary>Guesses a media type from a file name's extension, as Python's <c>mimetypes.guess_type</c> does for common types.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".text"] = "text/plain",
        [".log"] = "text/plain",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".css"] = "text/css",
        [".csv"] = "text/csv",
        [".js"] = "text/javascript",
        [".mjs"] = "text/javascript",
        [".md"] = "text/markdown",
        [".xml"] = "text/xml",
        [".ics"] = "text/calendar",
        [".json"] = "application/json",
        [".map"] = "application/json",
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
        [".gz"] = "application/gzip",
        [".tar"] = "application/x-tar",
        [".wasm"] = "application/wasm",
        [".bin"] = "application/octet-stream",
        [".exe"] = "application/octet-stream",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".rtf"] = "application/rtf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".bmp"] = "image/bmp",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/vnd.microsoft.icon",
        [".tif"] = "image/tiff",
        [".tiff"] = "image/tiff",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/x-wav",
        [".ogg"] = "audio/ogg",
        [".oga"] = "audio/ogg",
        [".flac"] = "audio/flac",
        [".weba"] = "audio/webm",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mpeg"] = "video/mpeg",
        [".mov"] = "video/quicktime",
        [".avi"] = "video/x-msvideo",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".eot"] = "application/vnd.ms-fontobject",
        [".yaml"] = "application/yaml",
        [".yml"] = "application/yaml",
        [".webmanifest"] = "application/manifest+json",
    };

    /// <summary>The media type of a file name or path, or <see langword="null"/> when its extension is unknown.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The media type, or <see langword="null"/>.</returns>
    public static string? Guess(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path))), out var type) ? type : null;
}
