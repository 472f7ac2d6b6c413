"""Shared helpers for the blind-231 corpus generator (standard library only)."""
import base64, quopri, json, os, glob, zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
M = []          # list of message dicts, in arrival order
IDS = {}        # key -> Message-ID, for threading

ME_PERSONAL = "renamatsu@fastmail.com"
ME_COMPANY = "r-matsunaga@kohaku-si.co.jp"
ME_NAME = "Rena Matsunaga"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174902041200591"
CASE_B = "14128806931"
CASE_C = "174902198700213"
CASE_D = "175084292000377"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"


def h(s, cs="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            name = '"' + name + '"'
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def part(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=None):
    return {"text": text, "sub": sub, "cs": cs, "cte": cte, "extra": extra or []}


def _enc(p):
    raw = p["text"].encode(p["cs"])
    cte = p["cte"]
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        body = raw.decode(p["cs"]) if cte == "8bit" else raw.decode("ascii")
    else:
        raise ValueError(cte)
    hdr = ["Content-Type: text/%s; charset=%s" % (p["sub"], p["cs"] if p["cs"] != "utf-8" else "UTF-8"),
           "Content-Transfer-Encoding: %s" % cte] + p["extra"]
    return hdr, body, (p["cs"] if cte == "8bit" else "ascii")


def attach(name, data, ctype="application/octet-stream"):
    return {"attach": True, "name": name, "data": data, "ctype": ctype}


def _render(node, bcount):
    """Return (header_lines, body_str, encoding) for a node."""
    if isinstance(node, dict) and node.get("attach"):
        b = base64.encodebytes(node["data"]).decode("ascii")
        return (["Content-Type: %s; name=\"%s\"" % (node["ctype"], node["name"]),
                 "Content-Disposition: attachment; filename=\"%s\"" % node["name"],
                 "Content-Transfer-Encoding: base64"], b, "ascii")
    if isinstance(node, dict):
        return _enc(node)
    kind, children = node
    bcount[0] += 1
    bnd = "----=_Part_%d_%08x" % (bcount[0], zlib.crc32(repr(children).encode()) & 0xffffffff)
    out = ["This is a multi-part message in MIME format.", ""]
    encs = set()
    for ch in children:
        hl, bd, e = _render(ch, bcount)
        encs.add(e)
        out.append("--" + bnd)
        out.extend(hl)
        out.append("")
        out.append(bd.rstrip("\n"))
    out.append("--" + bnd + "--")
    out.append("")
    enc = "ascii" if encs == {"ascii"} else [e for e in encs if e != "ascii"][0]
    return (["Content-Type: multipart/%s; boundary=\"%s\"" % (kind, bnd)], "\n".join(out), enc)


def add(kind, needs, case, cands, headers, body, key=None, crlf=False, mid=None):
    """headers: list of (name, value) pairs (value already encoded), excluding MIME headers."""
    n = len(M) + 1
    if mid is None:
        mid = "<%s>" % ("m%03d.%d@invalid" % (n, n * 7919))
    hs = []
    for k, v in headers:
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            v = h(v)
        hs.append((k, v))
    if not any(k.lower() == "message-id" for k, _ in hs):
        hs.append(("Message-ID", mid))
    else:
        mid = [v for k, v in hs if k.lower() == "message-id"][0]
    if key:
        IDS[key] = mid
    seen = []
    for c in cands:
        if c not in seen:
            seen.append(c)
    M.append({"kind": kind, "needs": needs, "case": case, "cands": seen,
              "headers": hs, "body": body, "crlf": crlf})
    return mid


def build(msg):
    hl, bd, enc = _render(msg["body"], [0])
    lines = ["%s: %s" % (k, v) for k, v in msg["headers"]]
    lines.append("MIME-Version: 1.0")
    lines.extend(hl)
    text = "\n".join(lines) + "\n\n" + bd.rstrip("\n") + "\n"
    if msg["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(enc if enc != "ascii" else "ascii")


def write_all():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = {}
    for i, m in enumerate(M, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(build(m))
        lab = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
               "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(M)))


# ---- authentication-results helpers ----
def ar_fm(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or ("bounce@" + dom)
    return ("Authentication-Results",
            "mx3.messagingengine.com;\n    dkim=%s header.d=%s;\n    spf=%s smtp.mailfrom=%s;\n    dmarc=%s (p=quarantine) header.from=%s"
            % (dkim, dom, spf, mailfrom, dmarc, dom))


def ar_o365(dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results",
            "spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;"
            % (spf, 11 + len(dom), dom, dkim, dom, dmarc, dom))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
