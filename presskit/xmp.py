"""Caption and credit written into an image file the press receives (XMP: dc:description,
photoshop:Credit, Iptc4xmpCore:AltTextAccessibility), so they travel with the picture into a picture
desk's system. The packet is added to the file's bytes; the pixels are never decoded or re-encoded."""

from __future__ import annotations

import struct
import zlib
from xml.sax.saxutils import escape, quoteattr

from presskit.text_safety import clean

XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"  # how a JPEG's APP1 segment says it holds XMP
PNG_KEY = b"XML:com.adobe.xmp"
MAX_SEGMENT = 65533  # a JPEG segment's length field counts itself: 65535 - 2


def packet(caption: str, credit: str, headline: str) -> bytes:
    """An XMP packet holding the caption, the credit line and the film's title as headline."""

    def alt(tag: str, text: str) -> str:
        return f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(clean(text))}</rdf:li></rdf:Alt></{tag}>'

    attrs = "".join(
        f"\n   {name}={quoteattr(clean(value))}"
        for name, value in (("photoshop:Credit", credit), ("photoshop:Headline", headline))
        if value.strip()
    )
    body = (alt("dc:description", caption) + alt("Iptc4xmpCore:AltTextAccessibility", caption)) if caption else ""
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '   xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '   xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        f'   xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"{attrs}>\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def into_jpeg(data: bytes, xmp: bytes) -> bytes | None:
    """The JPEG with its XMP replaced by xmp, placed after its other leading segments (JFIF, Exif);
    None when the file's segments cannot be followed or the packet is too long for one segment."""
    if not data.startswith(b"\xff\xd8") or len(XMP_ID) + len(xmp) + 2 > MAX_SEGMENT:
        return None
    pos, kept = 2, [b"\xff\xd8"]
    while pos + 4 <= len(data) and data[pos] == 0xFF and (0xE0 <= data[pos + 1] <= 0xEF or data[pos + 1] == 0xFE):
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            return None
        segment = data[pos : pos + 2 + length]
        if not (data[pos + 1] == 0xE1 and segment[4:].startswith(XMP_ID)):
            kept.append(segment)  # an old XMP packet is dropped; everything else stays as it was
        pos += 2 + length
    ours = b"\xff\xe1" + struct.pack(">H", len(XMP_ID) + len(xmp) + 2) + XMP_ID + xmp
    return b"".join(kept) + ours + data[pos:]


def into_png(data: bytes, xmp: bytes) -> bytes | None:
    """The PNG with an XMP text chunk before its image data (an old one dropped); None when its chunks
    cannot be followed."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    pos, out, added = 8, [data[:8]], False
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            return None
        chunk = data[pos:end]
        if kind == b"IDAT" and not added:
            body = PNG_KEY + b"\x00\x00\x00\x00\x00" + xmp
            out.append(struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body)))
            added = True
        if not (kind == b"iTXt" and data[pos + 8 :].startswith(PNG_KEY + b"\x00")):
            out.append(chunk)
        pos = end
    return b"".join(out) if added else None


def with_caption(data: bytes, kind: str, caption: str, credit: str, headline: str) -> bytes | None:
    """The image file's bytes with the caption and credit written in (JPEG and PNG); None when that
    cannot be done for this file (the caller keeps the file as it is and says so)."""
    xmp = packet(caption, credit, headline)
    if kind == "jpg":
        return into_jpeg(data, xmp)
    if kind == "png":
        return into_png(data, xmp)
    return None
