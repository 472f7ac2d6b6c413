#!/usr/bin/env python3
"""Generate the blind-31 held-out corpus (standard library only).

Writes NNN-slug.eml and NNN-slug.json next to this script.
Mailbox owner: Sora Ishikura (personal sora.ishikura@fastmail.com,
old company s-ishikura@tsumugi-works.co.jp, leaving Tsumugi Works on 2025-03-31).
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME_P = "sora.ishikura@fastmail.com"
ME_C = "s-ishikura@tsumugi-works.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"
HOSHINO = "k-hoshino@tsumugi-works.co.jp"

CASE_P = "13150348071"        # 2023 badge case, 11 digits
CASE_A = "174277896912053"    # 2025 merge case, 15 digits
CASE_B = "174277968912107"    # duplicate form submission, 15 digits
CASE_C = "8804261937"         # console case, 10 digits
CASE_D = "174658361700958"    # May 2025 duplicate-account case, 15 digits
ACCT = "493817260514"         # AWS account ID (12 digits, not a case)

FORM = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_A = f"RE:[CASE {CASE_A}] {FORM}"
SUBJ_B = f"RE:[CASE {CASE_B}] {FORM}"
SUBJ_D = f"RE:[CASE {CASE_D}] {FORM}"
SUBJ_P = f"RE:[CASE {CASE_P}] [AWS Training and Certification Form Submission] - digital-badges"

CAND_RE = re.compile(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)")

# --------------------------------------------------------------------------
# low-level MIME helpers (hand-built so that charset / CTE / line ends are
# exactly what we ask for)
# --------------------------------------------------------------------------


def codec(charset):
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(charset.lower(), charset)


def encode_text(text, charset):
    if charset.lower() == "iso-2022-jp":
        return b"\n".join(line.encode("iso2022_jp") for line in text.split("\n"))
    return text.encode(codec(charset))


def ew(s, charset="utf-8", chunk=12):
    """RFC 2047 encoded words (B), split on character boundaries."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk]
        data = encode_text(part, charset)
        words.append("=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                     base64.b64encode(data).decode()))
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset), email)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    if not text.endswith("\n"):
        text += "\n"
    data = encode_text(text, charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return hdr, body


def multipart(subtype, parts, boundary, extra=""):
    hdr = 'Content-Type: multipart/%s;%s boundary="%s"\n' % (subtype, extra, boundary)
    body = b""
    for h, b in parts:
        body += ("--%s\n" % boundary).encode() + h.encode() + b"\n" + b
    body += ("--%s--\n" % boundary).encode()
    return hdr, body


def mid(seed, style):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if style == "fm":
        return "<%s-%s-%s-%s@app.fastmail.com>" % (h[:8], h[8:12], h[12:16], h[16:24])
    if style == "ol":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


def ar_fm(hfrom, dkim="pass", dmarc="pass", spf="pass", mailfrom=None, dkim_d=None, policy="quarantine"):
    dkim_d = dkim_d or hfrom
    mailfrom = mailfrom or ("bounce@" + hfrom)
    disp = "none" if dmarc == "pass" else policy
    return ("mx4.messagingengine.com;\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=s%s x-bits=2048;\n"
            "    dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=%s policy.evaluated-disposition=%s (p=%s,d=%s,d.eval=%s) policy.policy-from=p header.from=%s;\n"
            "    spf=%s smtp.mailfrom=%s"
            % (dkim, dkim_d, dkim_d, hashlib.md5(hfrom.encode()).hexdigest()[:8], hashlib.md5(dkim_d.encode()).hexdigest()[:6],
               dmarc, policy, disp, disp, policy, disp, disp, hfrom, spf, mailfrom))


def ar_ms(hfrom, ip="54.240.8.31", mailfrom="email.amazonses.com", dkim_d=None):
    dkim_d = dkim_d or hfrom
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, mailfrom, dkim_d, hfrom))


def ar_ms_internal():
    return ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n"
            " header.from=tsumugi-works.co.jp;")


# --------------------------------------------------------------------------
# quoting helpers
# --------------------------------------------------------------------------


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_en(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.rstrip("\n")))


def outlook_jp(frm, sent, to, subject, text, cc=None):
    cc_line = ("CC: %s\n" % cc) if cc else ""
    return ("________________________________\n差出人: %s\n送信日時: %s\n宛先: %s\n%s件名: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text.rstrip("\n")))


def fm_quote(when, who, text):
    return "On %s, %s wrote:\n%s" % (when, who, gt(text))


def jp_quote(when, who, text):
    return "%s %s:\n%s" % (when, who, gt(text))


def html_wrap(inner, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="%s">\n%s\n</body></html>\n' % (style, inner))


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % html.escape(block).replace("\n", "<br>\n"))
    return "\n".join(out)


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

MESSAGES = []
IDS = {}


def M(n, slug, *, date, frm, to, subject, body, kind, needs=False, case=None, cands=(),
      new=None, cc=None, msgid_style="ses", in_reply_to=None, refs=None, auth=None,
      extra=(), crlf=False, subj_charset="utf-8", note="", lang="en", received=None):
    """body: (content-headers str, body bytes). new: the author's own text (for candidate IDs)."""
    key = "%03d" % n
    msgid = mid(key + slug, msgid_style)
    IDS[n] = msgid
    hdrs = []
    if received:
        hdrs.append("Received: " + received)
    if auth:
        hdrs.append("Authentication-Results: " + auth)
    hdrs += [
        "Date: " + format_datetime(date),
        "From: " + frm,
        "To: " + to,
    ]
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append("Subject: " + ew(subject, subj_charset))
    hdrs.append("Message-ID: " + msgid)
    if in_reply_to:
        hdrs.append("In-Reply-To: " + IDS[in_reply_to])
    if refs:
        hdrs.append("References: " + "\n ".join(IDS[r] for r in refs))
    hdrs += list(extra)
    hdrs.append("MIME-Version: 1.0")
    chdr, cbody = body
    raw = ("\n".join(hdrs) + "\n" + chdr + "\n").encode("ascii") + cbody
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    found = []
    for c in CAND_RE.findall(new or ""):
        if c not in found:
            found.append(c)
    assert found == list(cands), (n, slug, found, cands)
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}
    MESSAGES.append(("%s-%s" % (key, slug), raw, label, note, lang, subject))


def alt(text, html_inner, charset="utf-8", cte="quoted-printable", boundary=None):
    b = boundary or ("=_alt_" + hashlib.md5(text.encode()).hexdigest()[:16])
    return multipart("alternative", [leaf("text/plain", text, charset, cte),
                                     leaf("text/html", html_wrap(html_inner), charset, cte)], b)


def plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


def htmlonly(inner, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", html_wrap(inner), charset, cte)


def d(y, mo, da, h, mi, tz=UTC, s=0):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def rcv(host, ip, by, when):
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s;\n\t%s"
            % (host, host, ip, by, hashlib.md5((host + str(when)).encode()).hexdigest()[:12].upper(),
               format_datetime(when)))


SES_HOST = "a8-31.smtp-out.amazonses.com"
SES_IP = "54.240.8.31"
FM_BY = "mx4.messagingengine.com (Postfix)"
MS_BY = "TYZPR01MB5233.jpnprd01.prod.outlook.com (2603:1096:400:2c::9)"


def sup_fm(when, hfrom="amazon.com"):
    """headers for AWS mail arriving at the personal (Fastmail) mailbox"""
    return dict(auth=ar_fm(hfrom, mailfrom="0100%s@email.amazonses.com" % hashlib.md5(str(when).encode()).hexdigest()[:12]),
                received=rcv(SES_HOST, SES_IP, FM_BY, when))


def sup_ms(when, hfrom="amazon.com"):
    """headers for AWS mail arriving at the company (Microsoft 365) mailbox"""
    return dict(auth=ar_ms(hfrom), received=rcv(SES_HOST, SES_IP, MS_BY, when))


TC_FROM = addr("AWS Training and Certification", TC)
TC_FROM_BARE = TC
ME_P_FROM = addr("Sora Ishikura", ME_P)
ME_C_FROM = addr("Ishikura Sora", ME_C)
ME_C_FROM_JP = addr("石倉 蒼", ME_C)

# ==========================================================================
# 2023: an earlier badge case on the company mailbox (case P, 11 digits)
# ==========================================================================

t = d(2023, 5, 30, 14, 2)
txt = """Hello Sora Ishikura,

Congratulations! You have successfully recertified AWS Certified Solutions Architect - Associate. Your updated certification is valid through May 29, 2026.

Candidate ID: AWS01734520
Validation number: 7QW2LK5C8JE4Q1S9

Credly will issue your refreshed digital badge over the next few days. Your certificate is available for download from your AWS Certification Account whenever you need it.

Recertifying shows you are keeping your cloud skills current. Thank you for being part of the AWS Certified community.

AWS Training and Certification

This message was sent from a notification-only address. Replies are not monitored."""
M(1, "recert-congrats", date=t, frm=addr("AWS Certification", CERTM), to=ME_C,
  subject="Congratulations on recertifying your AWS Certification!",
  body=alt(txt, paras(txt)), kind="certification", cands=["AWS01734520"], new=txt,
  msgid_style="certmetrics.com", auth=ar_ms("certmetrics.com", ip="198.2.133.40", mailfrom="mail.certmetrics.com"),
  received=rcv("mail.certmetrics.com", "198.2.133.40", MS_BY, t),
  note="certmetrics recertification notice with a candidate ID; 'Replies are not monitored'; QP multipart")

t = d(2023, 6, 12, 2, 14, s=37)
p_ack = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_P} to address your concerns.

The details of your case are as follows:

Case ID: {CASE_P}
Subject: [AWS Training and Certification Form Submission] - digital-badges
Severity: Normal
Correspondence: Inquiry type: Certification
Additional details: Digital badges
Name: Sora Ishikura
Email: {ME_C}

Description: My Credly wallet shows all of my AWS badges as expired even though I recertified Solutions Architect Associate last month. I suspect there are two certification accounts. Can you check?

We will get back to you within 24 hours. In some cases we may need additional time to find the best solution.

Please do not open a new case for the same request, as duplicate cases delay our response.

Sincerely,
Amazon Web Services"""
M(2, "form-ack", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_P, body=plain(p_ack, "us-ascii", "7bit"),
  kind="acknowledgement", case=CASE_P, new=p_ack, crlf=True, **sup_ms(t),
  note="11-digit case; ack echoes the user's own question ('Can you check?'); CRLF, 7bit")

t = d(2023, 6, 13, 7, 52)
p_info = f"""Hi Sora,

Thanks for writing in. I looked up {ME_C} and found one certification account, AWS01734520, which holds your current Solutions Architect - Associate certification. That account is linked to Credly correctly, so the expired badges you're seeing most likely belong to a second profile.

What's the candidate ID of the other account, and was it created with the same email or a different one? The ID is shown at the top right of the Certification Account page once you sign in.

Regards,
Priyanka R.
AWS Training and Certification Customer Service"""
M(3, "badge-question", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_P, body=plain(p_info),
  kind="info_request", needs=True, case=CASE_P, cands=["AWS01734520"], new=p_info,
  in_reply_to=2, refs=[2], **sup_ms(t),
  note="request is a bare question (no please / could you); mentions one candidate ID")

t = d(2023, 6, 15, 18, 30, JST)
txt = """石倉 蒼 さん

星野 健二 さんが課題を更新しました。

[INFRA-231] 証明書ローテーション手順の更新
https://tsumugi.backlog.jp/view/INFRA-231

状態: 処理中 → 処理済み
担当者: 石倉 蒼

コメント:
手順書の差分をマージしました。内容に問題がなければクローズしてください。
不明点があればこの課題にコメントをお願いします。

--
このメールは送信専用アドレスから送信されています。返信はできません。
通知設定の変更: https://tsumugi.backlog.jp/EditNotificationSetting.action"""
M(4, "tracker-update", date=t, frm=addr("Backlog", "no-reply@backlog.jp"), to=ME_C,
  subject="[INFRA-231] 証明書ローテーション手順の更新", body=plain(txt, "utf-8", "base64"),
  kind="unrelated", new=txt, msgid_style="backlog.jp", lang="ja",
  auth=ar_ms("backlog.jp", ip="52.68.99.12", mailfrom="backlog.jp"),
  received=rcv("mail.backlog.jp", "52.68.99.12", MS_BY, t),
  note="Japanese issue-tracker notification: 'マージしました', asks to close/comment - not support; base64")

t = d(2023, 6, 19, 1, 5)
p_close = f"""Hi Sora,

I'm following up on my message of June 13. To fix the badges I still need the candidate ID of your second certification account.

If I don't hear from you by June 22, this case will be closed automatically. Any reply to this email keeps it open, and you can also reply after it closes to pick it back up.

Regards,
Priyanka R.
AWS Training and Certification Customer Service"""
M(5, "followup", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_P, body=plain(p_close, "us-ascii", "7bit"),
  kind="closing_notice", needs=True, case=CASE_P, new=p_close, in_reply_to=3, refs=[2, 3], crlf=True, **sup_ms(t),
  note="closing notice worded as a follow-up; deadline date instead of 'will be closed in N days' first")

t = d(2023, 6, 19, 12, 41, JST)
p_reply1 = """Hi Priyanka,

Sorry for the slow reply. The second account is AWS02958113. It was created with the same email address when I signed in through Partner Central a couple of years ago. AWS01734520 is the one I actually use, so I'd like to keep that one.

Best regards,
Sora Ishikura
Tsumugi Works Co., Ltd. / Infrastructure Group"""
body_txt = (p_reply1 + "\n\n" +
            outlook_en("aws-cs-trainingcertification-form@amazon.com <%s>" % TC, "Monday, June 19, 2023 10:05 AM",
                       "Ishikura Sora <%s>" % ME_C, SUBJ_P, p_close) + "\n\n" +
            outlook_en("aws-cs-trainingcertification-form@amazon.com <%s>" % TC, "Tuesday, June 13, 2023 4:52 PM",
                       "Ishikura Sora <%s>" % ME_C, SUBJ_P, p_info))
M(6, "reply-second-id", date=t, frm=ME_C_FROM, to=TC, subject="RE: " + SUBJ_P, body=plain(body_txt),
  kind="user_reply", case=CASE_P, cands=["AWS02958113", "AWS01734520"], new=p_reply1,
  msgid_style="ol", in_reply_to=5, refs=[2, 3, 5], crlf=True,
  extra=["Thread-Topic: " + SUBJ_P, "Thread-Index: AQHZonX2b7+u0cZ0lkW3m2S1pC4T1Q==", "X-MS-Has-Attach:"],
  note="Outlook top-post with two '-----Original Message-----' blocks quoting a request and a closing notice")

t = d(2023, 6, 20, 3, 30)
p_conf = f"""Hi Sora,

Thanks, that's what I needed. Here's what I found on our side:

Account #1
Candidate ID: AWS01734520
Login email: {ME_C}
Certification notification email: {ME_C}
Active certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate

Account #2
Candidate ID: AWS02958113
Login email: {ME_C} (AWS Partner Central sign-in)
Certification notification email: {ME_C}
Active certifications: none

I'll merge Account #2 into Account #1; after that, Account #2 can no longer be used to sign in. Reply "confirmed" if that's right, or tell me if anything is off.

Regards,
Priyanka R.
AWS Training and Certification Customer Service"""
M(7, "two-accounts", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_P, body=plain(p_conf),
  kind="confirmation_request", needs=True, case=CASE_P, cands=["AWS01734520", "AWS02958113"], new=p_conf,
  in_reply_to=6, refs=[2, 3, 5, 6], **sup_ms(t),
  note="Account #1/#2 listing, ask is 'Reply \"confirmed\" if that's right' (imperative, no please)")

t = d(2023, 6, 20, 13, 2, JST)
p_reply2 = """Confirmed. Please go ahead and merge Account #2 into Account #1.

Thanks,
Sora"""
body_txt = p_reply2 + "\n\n" + outlook_en("aws-cs-trainingcertification-form@amazon.com <%s>" % TC,
                                          "Tuesday, June 20, 2023 12:30 PM", "Ishikura Sora <%s>" % ME_C, SUBJ_P, p_conf)
M(8, "confirmed", date=t, frm=ME_C_FROM, to=TC, subject="RE: " + SUBJ_P, body=plain(body_txt),
  kind="user_reply", case=CASE_P, new=p_reply2, msgid_style="ol", in_reply_to=7, refs=[2, 3, 5, 6, 7], crlf=True,
  extra=["Thread-Topic: " + SUBJ_P],
  note="short 'Confirmed' reply; candidate IDs only in the quoted part (labels list none)")

t = d(2023, 6, 21, 5, 10)
p_done = """Hi Sora,

All done. AWS02958113 has been merged into AWS01734520, and I've asked Credly to refresh the badges on that account. The expired badges should disappear and your current ones should show as active within a day or so.

No further action is required on your part.

Regards,
Priyanka R.
AWS Training and Certification Customer Service"""
quoted = ("---- Original Message ----\nFrom: Ishikura Sora [%s]\nSent: 6/20/2023 4:02 AM\nTo: %s\nSubject: RE: %s\n\n%s\n\n"
          "---- Original Message ----\nFrom: %s\nSent: 6/20/2023 3:30 AM\nTo: %s\nSubject: %s\n\n%s"
          % (ME_C, TC, SUBJ_P, p_reply2, TC, ME_C, SUBJ_P, p_conf))
full = p_done + "\n\n" + quoted
hq = paras(p_done) + '\n<hr>\n<div style="color:#555">' + paras(quoted) + "</div>"
M(9, "merged-badges", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_P, body=alt(full, hq),
  kind="resolved", case=CASE_P, cands=["AWS02958113", "AWS01734520"], new=p_done,
  in_reply_to=8, refs=[2, 3, 5, 6, 7, 8], **sup_ms(t),
  note="resolution above the full quoted confirmation request ('Reply \"confirmed\"...'); 'No further action is required'")

t = d(2023, 6, 21, 9, 3)
txt = """Hi Sora,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to show it on your Credly profile and share it on LinkedIn, in your email signature or on your résumé.

Accept badge: https://www.credly.com/earner/earned/badge/3f9c1b2e-8d47-4a6e-b0f1-5c2d9e7a1184

Questions? Visit our help center at https://support.credly.com

Credly, Inc. · 1 Pearson Way, Enfield, CT 06082
Unsubscribe from badge notifications"""
M(10, "badge-issued", date=t, frm=addr("Credly", CREDLY), to=ME_C,
  subject="Amazon Web Services Training and Certification sent you a new badge", body=alt(txt, paras(txt)),
  kind="badge", new=txt, msgid_style="credly.com", auth=ar_ms("credly.com", ip="167.89.12.7", mailfrom="em.credly.com"),
  received=rcv("o1.em.credly.com", "167.89.12.7", MS_BY, t),
  note="Credly badge with a badge UUID (not a case number); 'Accept badge' call to action")

t = d(2023, 6, 22, 6, 0)
inner = f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:16px">
<p>Hello,</p>
<p>Your recent case <b>{CASE_P}</b> with AWS Training and Certification Customer Service has been closed.</p>
<p>We'd be grateful for one minute of your time. How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/9c1f?case={CASE_P}&r=1">1</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/9c1f?case={CASE_P}&r=2">2</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/9c1f?case={CASE_P}&r=3">3</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/9c1f?case={CASE_P}&r=4">4</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/9c1f?case={CASE_P}&r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:12px;color:#666">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>Your answers are anonymous and help us improve.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>"""
M(11, "rate-us", date=t, frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_C,
  subject=f"How did we do on case {CASE_P}?", body=htmlonly(inner),
  kind="survey", case=CASE_P, new=inner, **sup_ms(t),
  note="HTML-only survey with rating table; 'has been closed' wording")

# ==========================================================================
# 2025: before the merge request
# ==========================================================================

t = d(2025, 1, 3, 9, 12)
txt = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 0514, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Bills page, located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, Washington 98109-5210.

[AWS ID {ACCT}]"""
M(12, "billing-statement", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"Amazon Web Services Billing Statement Available [Account: {ACCT}]", body=plain(txt, "us-ascii", "7bit"),
  kind="unrelated", new=txt, **sup_fm(t),
  note="same sender as console cases; 12-digit account ID in subject and body (not a case number)")

t = d(2025, 2, 3, 15, 40)
txt = """Hello Sora,

Your AWS Certified Developer - Associate certification expires on May 2, 2025.

To keep it active, pass the current version of the exam, or a higher-level exam in the same path, before that date. You can schedule an exam from your AWS Certification Account.

Candidate ID: AWS01734520
Certification: AWS Certified Developer - Associate
Expiration date: May 2, 2025

If you have already recertified, you can ignore this message.

Regards,
AWS Training and Certification

This is an automated message. Please do not reply."""
M(13, "expiry-reminder", date=t, frm=addr("AWS Certification", CERTM), to=ME_C,
  subject="Action needed: your AWS Certification expires in 90 days", body=alt(txt, paras(txt)),
  kind="certification", cands=["AWS01734520"], new=txt, msgid_style="certmetrics.com",
  auth=ar_ms("certmetrics.com", ip="198.2.133.40", mailfrom="mail.certmetrics.com"),
  received=rcv("mail.certmetrics.com", "198.2.133.40", MS_BY, t),
  note="'Action needed' subject, but a certification expiry notice (no reply to support)")

t = d(2025, 2, 14, 7, 30, JST)
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━
　クラウド実践ウィークリー　第212号（2025年2月14日）
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事

1. 転職前にやっておきたい AWS 認定アカウントの統合手順
　会社のメールアドレスで作った認定アカウントを個人アカウントへ統合するまでの流れを、
　サポートとのやり取りも含めてまとめました。APN パートナー企業に在籍している場合の注意点も。

2. Amazon S3 のバケットポリシー設計、よくある 5 つの落とし穴

3. 読者投稿：小さなチームでの AWS コスト最適化

■ 読者アンケートのお願い
本メールマガジンの改善のため、ご意見・ご感想をお寄せください。
このメールに直接ご返信いただくだけで届きます。

――――――――――――――――――――――――――
配信停止：https://kumo-jissen.jp/unsubscribe
発行：クラウド実践ウィークリー編集部"""
M(14, "weekly-newsletter", date=t, frm=addr("クラウド実践ウィークリー", "weekly@news.kumo-jissen.jp", "iso-2022-jp"),
  to=ME_P, subject="【第212号】転職前にやっておきたい AWS 認定アカウントの統合手順 ほか",
  body=plain(txt, "iso-2022-jp", "7bit"), subj_charset="iso-2022-jp",
  kind="unrelated", new=txt, msgid_style="news.kumo-jissen.jp", lang="ja",
  auth=ar_fm("news.kumo-jissen.jp", mailfrom="bounce@news.kumo-jissen.jp", policy="none"),
  received=rcv("mail.news.kumo-jissen.jp", "203.0.113.45", FM_BY, t),
  note="ISO-2022-JP newsletter about account merging; invites a reply ('このメールに直接ご返信') - not support")

t = d(2025, 3, 3, 11, 15, JST)
txt = """石倉さん

お疲れさまです。人事部 労務チームの早川です。
3月31日付でのご退職に伴う手続きについて、ご案内いたします。

1. 健康保険証の返却（最終出社日までに人事部へ）
2. 貸与PC・入館証・社用携帯の返却（情報システム部へ）
3. 離職票・源泉徴収票の送付先住所のご連絡

3 の送付先住所について、3月14日（金）までに本メールへご返信ください。

なお、社用メールアカウント（s-ishikura@tsumugi-works.co.jp）は3月31日 23:59 をもって停止されます。
必要なデータや各種サービスの登録アドレスの変更は、それまでに各自でお済ませください。

よろしくお願いいたします。

人事部 労務チーム
早川 美咲"""
M(15, "hr-offboarding", date=t, frm=addr("早川 美咲", "m-hayakawa@tsumugi-works.co.jp", "shift_jis"), to=ME_C,
  subject="【ご案内】退職手続きについて（3/14までにご返信ください）", body=plain(txt, "shift_jis", "8bit"),
  subj_charset="shift_jis", kind="unrelated", new=txt, msgid_style="ol", lang="ja", crlf=True,
  auth=ar_ms_internal(),
  note="Shift_JIS 8bit, CRLF; a real request to reply with a deadline, but from HR, not support")

t = d(2025, 3, 10, 8, 44)
txt = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/tsumugi-works/infra-modules/pull/412#event-16627730514
You are receiving this because you authored the thread.

Message ID: <tsumugi-works/infra-modules/pull/412/issue_event/16627730514@github.com>"""
M(16, "pr-merged", date=t, frm=addr("Kenji Hoshino", "notifications@github.com"), to=addr("tsumugi-works/infra-modules", "infra-modules@noreply.github.com"),
  cc=addr("Sora Ishikura", ME_C) + ", " + addr("Author", "author@noreply.github.com"),
  subject="Re: [tsumugi-works/infra-modules] Add certificate sync job (PR #412)", body=plain(txt, "utf-8", "7bit"),
  kind="unrelated", new=txt, msgid_style="github.com",
  extra=["List-ID: tsumugi-works/infra-modules <infra-modules.tsumugi-works.github.com>", "X-GitHub-Reason: author"],
  auth=ar_ms("github.com", ip="192.30.252.201", mailfrom="github.com"),
  received=rcv("out-18.smtp.github.com", "192.30.252.201", MS_BY, t),
  note="GitHub 'Merged' notification; 11-digit event id in a URL")

t = d(2025, 3, 14, 22, 5)
txt = """Hello Sora,

We haven't heard back since we sent the workaround for the CSV export error on March 7.

If the export works for you now, there's nothing more to do; we'll close this case on March 21. If you still see the error, reply to this email with the browser console output and we'll keep digging.

Best,
Devika
Kumo Analytics Customer Success

ref:_00D5g0bXr._5008c0Hk2z:ref"""
M(17, "vendor-pending-close", date=t, frm=addr("Kumo Analytics Support", "support@kumoanalytics.com"), to=ME_C,
  subject="Case 00483921: Dashboard CSV export fails [ ref:_00D5g0bXr._5008c0Hk2z:ref ]",
  body=plain(txt, "us-ascii", "7bit"), kind="unrelated", new=txt, msgid_style="kumoanalytics.com", crlf=True,
  auth=ar_ms("kumoanalytics.com", ip="13.111.4.50", mailfrom="bounce.kumoanalytics.com"),
  received=rcv("smtp04.ia4.mta.salesforce.com", "13.111.4.50", MS_BY, t),
  note="another vendor's closing notice (Salesforce ref token, 8-digit case) - not AWS")

t = d(2025, 3, 23, 4, 2)
txt = """Hello,

Use the following code to verify your email address for your AWS Builder ID.

Verification code: 482913

This code expires in 30 minutes.

If you didn't try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services"""
M(18, "builder-id-code", date=t, frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
  subject="Verify your AWS Builder ID email address", body=plain(txt, "us-ascii", "7bit"),
  kind="unrelated", new=txt, msgid_style="signin.aws",
  auth=ar_fm("signin.aws", mailfrom="0100@mail.signin.aws"), received=rcv("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", FM_BY, t),
  note="Builder ID 6-digit code")

t = d(2025, 3, 23, 4, 20)
txt = """石倉 蒼 様

AWS Skill Builder へのご登録ありがとうございます。

AWS Skill Builder では、600 以上の無料デジタルコースをはじめ、ラボやゲーム形式の学習、認定試験の準備に役立つコンテンツをご利用いただけます。

まずはこちらから: https://skillbuilder.aws/ja

なお、AWS 認定試験の予約や認定の管理は、AWS Certification Account で行います。トレーニングのアカウントとは別に管理されていますので、ご注意ください。

このメールは送信専用アドレスから送信されています。

AWS トレーニングと認定"""
M(19, "skillbuilder-welcome", date=t, frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
  subject="AWS Skill Builder へようこそ", body=plain(txt, "utf-8", "quoted-printable"),
  kind="unrelated", new=txt, msgid_style="aws.training", lang="ja",
  auth=ar_fm("aws.training", mailfrom="0100@mail.aws.training"), received=rcv("a8-40.smtp-out.amazonses.com", "54.240.8.40", FM_BY, t),
  note="Japanese training-platform welcome mentioning the certification account")

# ==========================================================================
# Case A (merge) and case B (duplicate form)
# ==========================================================================

t = d(2025, 3, 24, 1, 16, s=9)
a_ack = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your concerns.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: {FORM}
Severity: Normal
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Name: Sora Ishikura
Email: {ME_P}

Use case: I am leaving my current employer (Tsumugi Works) at the end of March and would like to merge my company certification account into my personal one.
All email addresses I may have used: {ME_C}, {ME_P}
Email address to keep on file: {ME_P}

A member of our team will respond within 24 hours, although some requests need more time to reach the best solution. If you would like to add information to this case, you can reply to this email.

To avoid delays, please do not submit another form for the same request.

Sincerely,
Amazon Web Services"""
M(20, "case-opened", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=alt(a_ack, paras(a_ack)),
  kind="acknowledgement", case=CASE_A, new=a_ack, **sup_fm(t),
  note="15-digit case ack with 'you can reply to this email' invitation and 'please do not submit another form'")

t = d(2025, 3, 24, 1, 28, s=9)
b_ack = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。お問い合わせの件について、ケース {CASE_B} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_B}
件名: {FORM}
重要度: 通常
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容: 3月末で退職するため、会社のメールアドレス（{ME_C}）で作成した認定アカウントを、個人のメールアドレス（{ME_P}）のアカウントに統合してください。

通常24時間以内に担当者よりご連絡いたします。ただし、最適な解決策をご案内するために、さらにお時間をいただく場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

Amazon Web Services"""
M(21, "case-opened-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_B, body=plain(b_ack, "utf-8", "base64"),
  kind="acknowledgement", case=CASE_B, new=b_ack, lang="ja", **sup_fm(t),
  note="duplicate form submission (second case) - Japanese ack, base64; echoes the user's own imperative request")

t = d(2025, 3, 24, 2, 40)
b_dup = f"""石倉 様

AWS トレーニングと認定 カスタマーサービスの佐伯でございます。

同じ内容のお問い合わせを2件頂戴しておりましたため、先にお送りいただいたケース {CASE_A} にて引き続き対応させていただきます。本ケース（{CASE_B}）は重複として解決済みとさせていただきました。

お客様にてご対応いただく必要はございません。元のケースにて担当者よりご連絡いたしますので、今しばらくお待ちくださいませ。

AWS トレーニングと認定 カスタマーサービス
佐伯"""
M(22, "duplicate-closed-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_B, body=plain(b_dup, "utf-8", "quoted-printable"),
  kind="resolved", case=CASE_B, new=b_dup, lang="ja", in_reply_to=21, refs=[21], **sup_fm(t),
  note="duplicate case closed as resolved; body names the OTHER case number; 'ご対応いただく必要はございません'")

t = d(2025, 3, 24, 9, 0)
inner = """<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0f1b2d;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>石倉 蒼 様</p>
<p>今年も AWS Summit Japan を開催します。6月25日（水）・26日（木）の2日間、幕張メッセにて、150 を超えるセッションと展示をご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場内の「AWS Certified ラウンジ」をご利用いただけます。受付で認定の確認をお願いします。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_reg" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#777">本メールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社　〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table>"""
M(23, "summit-invite-ja", date=t, frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
  subject="AWS Summit Japan 2025 参加登録受付中 – 6月25日・26日 幕張メッセ", body=htmlonly(inner, "utf-8", "base64"),
  kind="unrelated", new=inner, lang="ja", msgid_style="mktomail.amazon.com",
  auth=ar_fm("amazon.com", mailfrom="bounce@mktomail.amazon.com"), received=rcv("mkto-mail.amazon.com", "199.15.214.9", FM_BY, t),
  note="AWS marketing, HTML-only base64 Japanese; mentions certification")

t = d(2025, 3, 25, 0, 40)
a_hold = f"""Hello Sora,

Thank you for your patience while we reviewed your request.

When we looked up the certification account registered to {ME_C}, we found that it is associated with an AWS Partner Network (APN) organization, Tsumugi Works Co., Ltd. Certifications held on an APN-associated account count toward that partner's tier and program requirements, so we do not merge such an account into a personal one while the holder is still listed as an employee of the partner. This protects both you and the partner from changes neither side intended.

In practice, your request is on hold for the moment. Two things have to happen before we can go further:

1. Our partner operations team has to remove the association between this certification account and the Tsumugi Works partner profile. As is standard, we have let the partner's alliance lead know.
2. We need written confirmation from you that you are leaving Tsumugi Works, together with your last working day.

The second item is the one that depends on you: reply to this email with that confirmation. Once we have it, partner operations can start on the first item, which usually takes two to three business days.

Kind regards,
Mateo G.
AWS Training and Certification Customer Service"""
M(24, "apn-hold", date=t, frm=TC_FROM_BARE, to=ME_C, subject=SUBJ_A, body=alt(a_hold, paras(a_hold)),
  kind="on_hold", needs=True, case=CASE_A, new=a_hold, in_reply_to=20, refs=[20], **sup_ms(t),
  note="APN hold sent to the company address; long explanation, the ask sits in a numbered list and one late sentence")

t = d(2025, 3, 25, 10, 5, JST)
fwd_note = """自分用の控え。会社アドレスは 3/31 で止まるので個人側にも転送しておく。
→ 今日中に退職の旨を返信すること（星野さんを CC）。"""
fwd = fwd_note + "\n\n" + outlook_jp("%s <%s>" % (TC, TC), "2025年3月25日 9:40", "石倉 蒼 <%s>" % ME_C, SUBJ_A, a_hold)
M(25, "fwd-to-self", date=t, frm=ME_C_FROM_JP, to=ME_P, subject="FW: " + SUBJ_A, body=plain(fwd, "utf-8", "8bit"),
  kind="user_reply", case=CASE_A, new=fwd_note, msgid_style="ol", in_reply_to=24, refs=[20, 24], lang="ja",
  auth=ar_fm("tsumugi-works.co.jp", dkim_d="tsumugiworks.onmicrosoft.com", mailfrom="s-ishikura@tsumugi-works.co.jp", policy="none"),
  received=rcv("mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.114.101", FM_BY, t),
  note="the owner forwards the hold to their own personal address (JP note, Outlook JP forward header): a request inside a forward, nothing to answer")

t = d(2025, 3, 25, 10, 20, JST)
a_r1 = f"""Hello Mateo,

I confirm that I am leaving Tsumugi Works Co., Ltd. My last working day is March 31, 2025, and this mailbox will be shut down that evening. My manager, Kenji Hoshino, is copied and can confirm.

Please go ahead with the merge into my personal account ({ME_P}).

Best regards,
Sora Ishikura"""
body_txt = a_r1 + "\n\n" + outlook_jp("%s <%s>" % (TC, TC), "2025年3月25日 9:40", "石倉 蒼 <%s>" % ME_C, SUBJ_A, a_hold)
M(26, "leaving-confirm", date=t, frm=ME_C_FROM_JP, to=TC, cc=addr("星野 健二", HOSHINO), subject="RE: " + SUBJ_A,
  body=plain(body_txt, "utf-8", "quoted-printable"), kind="user_reply", case=CASE_A, new=a_r1, msgid_style="ol",
  in_reply_to=24, refs=[20, 24], crlf=True, extra=["Thread-Topic: " + SUBJ_A, "Content-Language: ja-JP"],
  note="user reply from the OLD company address (wrong address for the merge); Japanese Outlook reply header over quoted hold")

t = d(2025, 3, 25, 10, 21, JST)
txt = """お疲れさまです。星野です。

3月27日（木）まで出張のため不在にしております。
メールの確認が遅れますので、ご了承ください。
お急ぎの場合は、インフラ部 代表アドレス（infra@tsumugi-works.co.jp）までご連絡ください。

I am away on a business trip until Thursday, March 27, with limited access to email.
For anything urgent, please contact infra@tsumugi-works.co.jp."""
M(27, "ooo-manager", date=t, frm=addr("星野 健二", HOSHINO, "iso-2022-jp"), to=ME_C_FROM_JP,
  subject="自動応答: RE:[CASE %s] %s" % (CASE_A, FORM), body=plain(txt, "iso-2022-jp", "7bit"), subj_charset="iso-2022-jp",
  kind="unrelated", new=txt, msgid_style="ol", in_reply_to=26, refs=[26], lang="ja",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: " + HOSHINO],
  auth=ar_ms_internal(),
  note="colleague's out-of-office reply whose subject carries the case token; ISO-2022-JP; belongs to no case")

t = d(2025, 3, 25, 6, 10)
a_wrong = f"""Hello Sora,

Thanks for the quick answer, and for copying your manager.

There is one snag. Your message came from {ME_C}, which is the address on the account that will be merged away and closed. For a merge we can only accept the go-ahead from the address on the account being kept. Send the same confirmation from {ME_P} and we will pass it to partner operations straight away.

Kind regards,
Mateo G.
AWS Training and Certification Customer Service"""
q = ("---- Original Message ----\nFrom: 石倉 蒼 [%s]\nSent: 3/25/2025 1:20 AM\nTo: %s\nCc: 星野 健二 [%s]\nSubject: RE: %s\n\n%s"
     % (ME_C, TC, HOSHINO, SUBJ_A, a_r1))
M(28, "wrong-address", date=t, frm=TC_FROM_BARE, to=ME_C, cc=ME_P, subject=SUBJ_A,
  body=plain(a_wrong + "\n\n" + q, "utf-8", "quoted-printable"), kind="info_request", needs=True, case=CASE_A, new=a_wrong,
  in_reply_to=26, refs=[20, 24, 26], **sup_ms(t),
  note="asks the owner to write again from the personal address; imperative 'Send the same confirmation', no please")

t = d(2025, 3, 25, 7, 2)
a_r2 = f"""Hello Mateo,

Resending from my personal address as requested.

I confirm that I am leaving Tsumugi Works Co., Ltd.; my last working day is March 31, 2025. I'd like my certification account merged into the one registered to {ME_P}.

Thank you,
Sora Ishikura"""
bad_to = "aws-cs-trainingcertification-from@amazon.com"
orig = ("Return-Path: <%s>\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s\n\n%s\n"
        % (ME_P, format_datetime(d(2025, 3, 25, 16, 1, JST)), ME_P_FROM, bad_to, "Re: " + SUBJ_A,
           mid("bounced-orig", "fm"), a_r2, fm_quote("Tue, 25 Mar 2025, at 15:10", TC, a_wrong)))
notice = f"""This is the mail system at host mailout.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{bad_to}>: host amazon-smtp.amazon.com[52.94.124.7]
    said: 550 5.1.1 <{bad_to}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)"""
status = f"""Reporting-MTA: dns; mailout.messagingengine.com
X-Postfix-Queue-ID: 4ZMq7b2xLQz9sT
Arrival-Date: Tue, 25 Mar 2025 03:01:58 -0400 (EDT)

Final-Recipient: rfc822; {bad_to}
Original-Recipient: rfc822;{bad_to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 <{bad_to}>: Recipient address rejected: User unknown
"""
parts = [leaf("text/plain", notice, "us-ascii", "7bit"),
         ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", status.encode() + b"\n"),
         ("Content-Description: Undelivered Message\nContent-Type: message/rfc822\n", orig.encode())]
M(29, "bounce", date=t, frm=addr("Mail Delivery System", "MAILER-DAEMON@mailout.messagingengine.com"), to=ME_P,
  subject="Undelivered Mail Returned to Sender", body=multipart("report", parts, "4ZMq7b2xLQz9sT.1742886118/mailout", " report-type=delivery-status;"),
  kind="unrelated", new=notice, msgid_style="mailout.messagingengine.com", extra=["Auto-Submitted: auto-replied"],
  note="bounce of the owner's reply (typo in the support address); attached original carries the case subject and a quoted request")

t = d(2025, 3, 25, 16, 9, JST)
body_txt = a_r2.replace("as requested.", "as requested (my first try bounced, I mistyped your address).") + "\n\n" + \
    fm_quote("Tue, 25 Mar 2025, at 15:10", "aws-cs-trainingcertification-form@amazon.com", a_wrong)
a_r2b = a_r2.replace("as requested.", "as requested (my first try bounced, I mistyped your address).")
M(30, "resend-from-personal", date=t, frm=ME_P_FROM, to=TC, subject="Re: " + SUBJ_A, body=plain(body_txt, "utf-8", "7bit"),
  kind="user_reply", case=CASE_A, new=a_r2b, msgid_style="fm", in_reply_to=28, refs=[20, 24, 26, 28],
  extra=["User-Agent: Cyrus-JMAP/3.11.0-alpha0-1168-g1c1b8a7e1-fm-20250317.001-g1c1b8a7e"],
  note="user reply from the personal address, Fastmail 'On ..., wrote:' quoting")

t = d(2025, 3, 26, 0, 30)
a_hold2 = """Hello Sora,

Your confirmation has been recorded on the case, thank you.

The case is now on hold while our partner operations team removes the link between your certification account and the Tsumugi Works partner profile. This normally takes two to three business days, and we will write to you as soon as it is done. There is nothing you need to do in the meantime.

If your circumstances change (for example, your leaving date moves), just reply to this message.

Kind regards,
Mateo G.
AWS Training and Certification Customer Service"""
M(31, "hold-waiting-partner", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_hold2, "us-ascii", "7bit"),
  kind="on_hold", case=CASE_A, new=a_hold2, in_reply_to=30, refs=[20, 24, 26, 28, 30], crlf=True, **sup_fm(t),
  note="on hold WITHOUT an ask: 'nothing you need to do'; conditional 'If your circumstances change ... reply'")

t = d(2025, 3, 26, 3, 12)
inner = """<div style="max-width:560px;margin:auto;font-family:Arial">
<img src="https://aws-certsupport.com/img/aws-logo.png" alt="aws" width="80">
<h2 style="color:#232f3e">Account merge pending</h2>
<p>Dear Customer,</p>
<p>Your AWS Certification account merge request is pending. As part of a mandatory security review, you must verify your identity within <b>24 hours</b>. If verification is not completed, the request will be cancelled and certifications held on the old account may be permanently lost.</p>
<p><a href="https://aws-certsupport.com/verify?id=8841c2f" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Verify identity</a></p>
<p>AWS Training &amp; Certification Support Team</p>
</div>"""
M(32, "merge-pending-verify", date=t, frm=addr("AWS Training & Certification", "case-update@aws-certsupport.com"), to=ME_P,
  subject="RE:[CASE 1742790011] Account merge pending - identity verification required", body=htmlonly(inner),
  kind="suspicious", new=inner, msgid_style="aws-certsupport.com",
  auth=ar_fm("aws-certsupport.com", mailfrom="bounce@aws-certsupport.com", policy="none"),
  received=rcv("vps-7731.hostnode.example", "185.212.44.19", FM_BY, t),
  note="phishing from a lookalike domain (auth passes for its own domain); case-like subject token; urgent ask")

t = d(2025, 3, 27, 1, 0)
a_buried = f"""Hi Sora,

I'm Hana, and I'll be looking after your case from here while Mateo is out.

Merges can be confusing, so here is where things stand and what to expect:

- Partner operations has your confirmation and is releasing your old account from the Tsumugi Works partner profile. We expect that to be finished by Friday.
- When the merge runs, everything on the old account moves across: exam history, active certifications, digital badges and any unused benefits such as exam discount vouchers. Nothing is lost, but the old account can no longer be used to sign in afterwards.
- Credly badges are re-issued to the account you keep, so you may get new badge emails. They need nothing from you beyond accepting them if you want them shown publicly.
- A partner profile at a future employer isn't affected; you can link one later from your certification account settings.

One thing I need to settle before the merge. The old account still sends training and certification notifications to {ME_C}, which you've told us stops working on March 31. Which address should those go to from now on: {ME_P}, or a different one?

Best,
Hana L.
AWS Training and Certification Customer Service"""
M(33, "notification-address", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=alt(a_buried, paras(a_buried)),
  kind="info_request", needs=True, case=CASE_A, new=a_buried, in_reply_to=31, refs=[20, 24, 26, 28, 30, 31], **sup_fm(t),
  note="request (a bare question) buried after a long bulleted explanation; asks something other than the merge choice")

t = d(2025, 3, 27, 10, 31, JST)
a_r3 = f"""Hi Hana,

{ME_P} for everything, please.

Thanks,
Sora"""
M(34, "notification-answer", date=t, frm=ME_P_FROM, to=TC, subject="Re: " + SUBJ_A,
  body=plain(a_r3 + "\n\n" + fm_quote("Thu, 27 Mar 2025, at 10:00", "aws-cs-trainingcertification-form@amazon.com", a_buried), "utf-8", "quoted-printable"),
  kind="user_reply", case=CASE_A, new=a_r3, msgid_style="fm", in_reply_to=33, refs=[20, 24, 26, 28, 30, 31, 33],
  note="one-line user answer over a long quoted request")

t = d(2025, 3, 27, 5, 20)
a_upd = f"""Hi Sora,

Done: the training and certification notification addresses on both of your accounts now point to {ME_P}, so nothing will go to the company mailbox after it closes.

Partner operations is still finishing the release on their side. As soon as they're done I'll send you the details of the two accounts for a final check.

Best,
Hana L."""
M(35, "notification-updated", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_upd, "us-ascii", "7bit"),
  kind="case_update", case=CASE_A, new=a_upd, in_reply_to=34, refs=[20, 24, 26, 28, 30, 31, 33, 34], **sup_fm(t),
  note="progress news; announces a future check ('I'll send you ... for a final check') but asks nothing now")

t = d(2025, 3, 27, 8, 15)
txt = """Kenji Hoshino assigned INFRA-882 to Sora Ishikura.

INFRA-882: Hand over AWS Organizations admin role before 3/31
Priority: High    Due: 2025-03-31

Description:
Please complete the handover checklist before your last day: transfer the break-glass credentials, remove your IAM Identity Center assignments and update the on-call rota. Reply in the ticket when each item is done.

View issue: https://tsumugi-works.atlassian.net/browse/INFRA-882

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100276-sha1:4be8c2e)"""
M(36, "ticket-assigned", date=t, frm=addr("Kenji Hoshino (Jira)", "jira@tsumugi-works.atlassian.net"), to=ME_C,
  subject="[JIRA] (INFRA-882) Hand over AWS Organizations admin role before 3/31", body=plain(txt, "utf-8", "7bit"),
  kind="unrelated", new=txt, msgid_style="Atlassian.JIRA", crlf=True,
  auth=ar_ms("tsumugi-works.atlassian.net", ip="18.234.32.150", mailfrom="bounce.atlassian.net", dkim_d="atlassian.net"),
  received=rcv("mail-a150.atlassian.net", "18.234.32.150", MS_BY, t),
  note="Jira assignment with 'Please complete ... Reply in the ticket' - not support")

t = d(2025, 3, 28, 11, 4, JST)
txt = """石倉 蒼 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-3918274-6650417
お届け予定: 3月30日（日）

アイリスオーヤマ 段ボール箱 120サイズ 10枚セット　￥2,380
梱包用テープ 3巻パック　￥698

ご注文合計: ￥3,078

ご注文内容の確認・変更は「注文履歴」から行えます。
https://www.amazon.co.jp/gp/css/order-history

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp"""
M(37, "order-confirmation-ja", date=t, frm=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P,
  subject="Amazon.co.jp ご注文の確認 (#250-3918274-6650417)", body=plain(txt, "utf-8", "quoted-printable"),
  kind="unrelated", new=txt, msgid_style="amazon.co.jp", lang="ja",
  auth=ar_fm("amazon.co.jp", mailfrom="bounce@amazon.co.jp"), received=rcv("a36-14.smtp-out.amazonses.com", "54.240.36.14", FM_BY, t),
  note="Amazon (shopping) mail in Japanese, genuine; order number with digits")

t = d(2025, 3, 28, 7, 40)
table = f"""<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07281946</td><td>AWS01734520</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_P}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_P}</td></tr>
<tr><td>Certifications</td><td>&ndash;</td><td>Solutions Architect &ndash; Associate (active)<br>Developer &ndash; Associate (active)</td></tr>
<tr><td>Benefits</td><td>&ndash;</td><td>50% exam discount voucher</td></tr>
</table>"""
inner = f"""<p>Hi Sora,</p>
<p>Good news: partner operations has released your old account, so we're ready to merge. These are the two accounts on our side:</p>
{table}
<p>Kindly confirm that we should merge Account #2 into Account #1. After the merge only Account #1 will be usable, and it will hold everything listed above.</p>
<p>Best,<br>Hana L.<br>AWS Training and Certification Customer Service</p>"""
a_conf_text = f"""Hi Sora,

Good news: partner operations has released your old account, so we're ready to merge. These are the two accounts on our side:

                                  Account #1                    Account #2
Candidate ID                      AWS07281946                   AWS01734520
Login email                       {ME_P}    {ME_C}
Training notification email       {ME_P}    {ME_P}
Certification notification email  {ME_P}    {ME_P}
Certifications                    -                             Solutions Architect - Associate (active), Developer - Associate (active)
Benefits                          -                             50% exam discount voucher

Kindly confirm that we should merge Account #2 into Account #1. After the merge only Account #1 will be usable, and it will hold everything listed above.

Best,
Hana L.
AWS Training and Certification Customer Service"""
M(38, "accounts-table", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=htmlonly(inner, "utf-8", "quoted-printable"),
  kind="confirmation_request", needs=True, case=CASE_A, cands=["AWS07281946", "AWS01734520"], new=inner,
  in_reply_to=35, refs=[20, 24, 31, 33, 34, 35], **sup_fm(t),
  note="HTML-only, Account #1/#2 as table columns; 'Kindly confirm'; opens with 'Good news' progress")

t = d(2025, 3, 29, 13, 20, JST)
txt = """石倉 蒼 様

ピアソン VUE をご利用いただき、ありがとうございます。以下の試験のご予約を承りました。

登録 ID: 486203715
試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年5月10日（土）10:00（日本時間）
会場: 東京 新宿テストセンター

ご予約の変更・キャンセルは、試験開始の 24 時間前までにピアソン VUE のウェブサイトから行ってください。
当日は、有効な身分証明書を 2 点ご持参ください。

ピアソン VUE"""
M(39, "exam-booked-ja", date=t, frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=ME_P,
  subject="試験予約確認: AWS Certified Solutions Architect - Professional", body=plain(txt, "utf-8", "quoted-printable"),
  kind="unrelated", new=txt, msgid_style="pearson.com", lang="ja",
  auth=ar_fm("pearson.com", mailfrom="bounce@pearson.com"), received=rcv("mta-08.pearsonvue.com", "159.182.10.8", FM_BY, t),
  note="exam vendor mail (Japanese) with a 9-digit registration ID")

t = d(2025, 3, 30, 11, 47)
txt = """Hello,

We were unable to complete your account merge because the identity information on your certification account could not be verified.

To avoid permanent loss of your certification history, sign in through the secure link below within 48 hours and re-enter your details:

https://aws-training-verify.support-portal.click/merge?case=174338210400219

Sincerely,
Amazon Web Services"""
M(40, "verify-merge", date=t, frm=TC_FROM_BARE, to=ME_P,
  subject="RE:[CASE 174338210400219] " + FORM, body=plain(txt, "us-ascii", "7bit"),
  kind="suspicious", new=txt, msgid_style="mail.support-portal.click",
  auth=ar_fm("amazon.com", dkim="fail", dmarc="fail", spf="fail", mailfrom="aws-cs-trainingcertification-form@amazon.com", dkim_d="amazon.com"),
  received=rcv("mail.support-portal.click", "45.146.7.88", FM_BY, t),
  note="exact genuine From address and subject shape, 15-digit case-like number, but DKIM/SPF/DMARC fail")

t = d(2025, 3, 31, 9, 30, JST)
txt = """石倉 蒼 様

情報システム部です。ご退職に伴い、本日 23:59 をもって下記のメールアカウントを停止いたします。

アカウント: s-ishikura@tsumugi-works.co.jp

停止後にこのアドレス宛てに届いたメールは、送信者へエラーとして返送されます。
外部サービスに登録しているアドレスの変更がお済みでない場合は、本日中に変更をお願いします。

個人アドレスへの転送設定（30日間）をご希望の場合は、本日 18:00 までに本メールへご返信ください。

情報システム部 ヘルプデスク"""
M(41, "mailbox-shutdown-ja", date=t, frm=addr("情報システム部", "it-helpdesk@tsumugi-works.co.jp", "iso-2022-jp"), to=ME_C,
  subject="【情報システム部】メールアカウント停止のお知らせ", body=plain(txt, "iso-2022-jp", "7bit"), subj_charset="iso-2022-jp",
  kind="unrelated", new=txt, msgid_style="ol", lang="ja", auth=ar_ms_internal(),
  note="company IT notice with a conditional request to reply by 18:00 - internal, not support; ISO-2022-JP")

t = d(2025, 4, 1, 2, 15)
txt = f"""Dear AWS Customer,

Your AWS account {ACCT} has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of April.

Product         AWS Free Tier Usage Limit                          Usage
AmazonS3        20,000 Get Requests for Amazon S3                   17,244 Requests

To learn more about your AWS Free Tier usage, visit the Free Tier page of the Billing console.

To opt out of these alerts, visit Billing preferences.

Sincerely,
Amazon Web Services"""
M(42, "free-tier-alert", date=t, frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
  subject="AWS Free Tier limit alert", body=plain(txt, "us-ascii", "7bit"), kind="unrelated", new=txt,
  auth=ar_fm("costalerts.amazonaws.com", mailfrom="bounce@costalerts.amazonaws.com"), received=rcv(SES_HOST, SES_IP, FM_BY, t),
  note="other AWS mail with a 12-digit account ID")

t = d(2025, 4, 2, 0, 10)
a_close = """Hi Sora,

Just checking in on the account details I sent on March 28. I can't run the merge without your go-ahead.

Cases that go five business days without a response are closed automatically, so this one is due to close on April 4. A reply to this email will keep it open.

Best,
Hana L.
AWS Training and Certification Customer Service"""
M(43, "checking-in", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_close, "us-ascii", "7bit"),
  kind="closing_notice", needs=True, case=CASE_A, new=a_close, in_reply_to=38, refs=[20, 24, 31, 33, 34, 35, 38], **sup_fm(t),
  note="closing notice phrased as a friendly check-in; the ask is implicit ('I can't run the merge without your go-ahead')")

t = d(2025, 4, 2, 21, 15, JST)
a_r4 = """Hi Hana,

Sorry, I was in the middle of moving house and missed your earlier mail.

Confirmed. Please merge Account #2 into Account #1 (AWS07281946, sora.ishikura@fastmail.com).

Thanks,
Sora Ishikura
石倉 蒼"""
body_txt = (a_r4 + "\n\n" + fm_quote("Wed, 2 Apr 2025, at 09:10", "aws-cs-trainingcertification-form@amazon.com", a_close + "\n\n" +
            fm_quote("Fri, 28 Mar 2025, at 16:40", "aws-cs-trainingcertification-form@amazon.com", a_conf_text)))
M(44, "merge-go-ahead", date=t, frm=ME_P_FROM, to=TC, subject="Re: Merge details", body=plain(body_txt, "utf-8", "8bit"),
  kind="user_reply", case=CASE_A, cands=["AWS07281946"], new=a_r4, msgid_style="fm", in_reply_to=43, refs=[20, 38, 43],
  note="owner edited the subject: no case number anywhere in subject or new text; only In-Reply-To/References (and the quoted table) tie it to the case; nested '>' quoting")

t = d(2025, 4, 3, 0, 20)
a_done = """Hi Sora,

I have successfully merged all accounts. Everything from your old account (exam history, your Solutions Architect and Developer certifications, and your benefits) is now on AWS07281946 under sora.ishikura@fastmail.com. The old account has been closed.

New Credly badge emails should arrive shortly, and the change can take a few days to show up in partner-facing systems.

If anything looks wrong when you sign in, reply to this email within 14 days and we'll reopen the case.

Best,
Hana L.
AWS Training and Certification Customer Service"""
quoted = ("---- Original Message ----\nFrom: Sora Ishikura [%s]\nSent: 4/2/2025 12:15 PM\nTo: %s\nSubject: Re: Merge details\n\n%s\n\n"
          "---- Original Message ----\nFrom: %s\nSent: 3/28/2025 7:40 AM\nTo: %s\nSubject: %s\n\n%s"
          % (ME_P, TC, a_r4, TC, ME_P, SUBJ_A, a_conf_text))
hq = paras(a_done) + '\n<br><div style="border-left:2px solid #ccc;padding-left:8px;color:#444">' + paras(quoted) + "</div>"
M(45, "merge-complete", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=alt(a_done + "\n\n" + quoted, hq),
  kind="resolved", case=CASE_A, cands=["AWS07281946"], new=a_done, in_reply_to=44, refs=[20, 38, 43, 44], **sup_fm(t),
  note="'successfully merged' above the quoted user reply and the quoted 'Kindly confirm' table; conditional 'reply within 14 days'")

t = d(2025, 4, 3, 0, 31)
txt = """Hi Sora,

Congratulations! Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Claim it now to add it to your Credly profile and share your achievement.

Claim your badge: https://www.credly.com/badges/b71e0c94-2a3d-4f55-9c60-0e8e2d7f4a31/accept

The Credly Team"""
M(46, "badge-saa", date=t, frm=addr("Credly", CREDLY), to=ME_P,
  subject="Your AWS Certified Solutions Architect – Associate badge is ready to claim", body=alt(txt, paras(txt)),
  kind="badge", new=txt, msgid_style="credly.com", auth=ar_fm("credly.com", mailfrom="bounces@em.credly.com"),
  received=rcv("o1.em.credly.com", "167.89.12.7", FM_BY, t), note="Credly badge after the merge")

t = d(2025, 4, 3, 0, 32)
inner = """<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/340x340/images/aws-developer-associate.png" width="120" alt="badge"></td></tr>
<tr><td style="padding:0 24px;font-size:16px"><p>Hi Sora,</p>
<p>You've earned a badge from <b>Amazon Web Services Training and Certification</b>: AWS Certified Developer &ndash; Associate.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/0c5d2e71-93aa-4b6f-8d1e-7f2a4c9b3e58/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:12px;color:#666">How are we doing? <a href="https://credly.com/feedback">Tell us about your Credly experience</a>.</p>
</td></tr></table>"""
M(47, "badge-dva", date=t, frm=addr("Credly", CREDLY), to=ME_P,
  subject="You've earned a badge: AWS Certified Developer – Associate", body=htmlonly(inner),
  kind="badge", new=inner, msgid_style="credly.com", auth=ar_fm("credly.com", mailfrom="bounces@em.credly.com"),
  received=rcv("o1.em.credly.com", "167.89.12.7", FM_BY, t), note="HTML-only Credly badge with a feedback footer")

t = d(2025, 4, 3, 5, 0)
inner = f"""<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:16px">
<p>石倉 蒼 様</p>
<p>先日はケース {CASE_A} にてお問い合わせいただき、ありがとうございました。</p>
<p>今回のサポートにどの程度ご満足いただけましたか。以下から 1 つお選びください（所要時間は 1 分程度です）。</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/4e2a?case={CASE_A}&amp;r=5">大変満足</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/4e2a?case={CASE_A}&amp;r=4">満足</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/4e2a?case={CASE_A}&amp;r=3">どちらでもない</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/4e2a?case={CASE_A}&amp;r=2">不満</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/4e2a?case={CASE_A}&amp;r=1">大変不満</a></td>
</tr></table>
<p>いただいたご意見は、サービス向上のために活用させていただきます。ご協力のほどよろしくお願いいたします。</p>
</td></tr></table>"""
M(48, "survey-ja", date=t, frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
  subject=f"【アンケート】ケース {CASE_A} のサポートについてご意見をお聞かせください", body=htmlonly(inner, "utf-8", "base64"),
  kind="survey", case=CASE_A, new=inner, lang="ja", **sup_fm(t),
  note="Japanese HTML-only survey, base64; keigo 'ご協力のほどよろしくお願いいたします' but only a rating")

t = d(2025, 4, 4, 10, 0, JST)
a_r5 = """Hi Hana,

Thanks for merging. One thing is missing, though: my old account had a 50% discount voucher for my next exam under Benefits, and it isn't on the merged account. I've booked SAP-C02 for May 10 and was planning to use it. Could you take a look?

Thanks,
Sora"""
M(49, "voucher-missing", date=t, frm=ME_P_FROM, to=TC, subject="Re: " + SUBJ_A,
  body=plain(a_r5 + "\n\n" + fm_quote("Thu, 3 Apr 2025, at 09:20", "aws-cs-trainingcertification-form@amazon.com", a_done), "utf-8", "quoted-printable"),
  kind="user_reply", case=CASE_A, new=a_r5, msgid_style="fm", in_reply_to=45, refs=[20, 38, 43, 44, 45],
  note="owner reopens the case with a question of their own ('Could you take a look?')")

t = d(2025, 4, 4, 1, 1)
a_reopen = f"""Hello,

Your case {CASE_A} has been reopened because we received a new reply from you. It is back in our queue, and an agent will respond as soon as possible, usually within 24 hours.

Amazon Web Services"""
M(50, "case-reopened", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_reopen, "us-ascii", "7bit"),
  kind="case_update", case=CASE_A, new=a_reopen, in_reply_to=49, refs=[20, 45, 49], **sup_fm(t),
  note="automated reopen notice: looks like an acknowledgement")

t = d(2025, 4, 5, 2, 30)
a_ja_info = """石倉 蒼 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの森本でございます。
このたびはご不便をおかけしており、申し訳ございません。

統合処理の記録を確認いたしましたところ、旧アカウントの特典情報は移行の対象として処理されておりましたが、割引バウチャーにつきましては新しいアカウント側で有効化されていないことが判明いたしました。バウチャーは発行時のコード単位で管理されているため、再発行にあたっては元のコードを特定する必要がございます。

つきましては、旧アカウントの「特典」画面に表示されていたバウチャーコードと有効期限をお知らせいただけますでしょうか。スクリーンショットやメモなどのお控えがございましたら、その内容で差し支えございません。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
森本"""
M(51, "voucher-code-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_ja_info, "iso-2022-jp", "7bit"),
  kind="info_request", needs=True, case=CASE_A, new=a_ja_info, lang="ja", in_reply_to=49, refs=[20, 45, 49, 50], **sup_fm(t),
  note="reopened case: Japanese keigo request (〜いただけますでしょうか) after an apology and explanation; ISO-2022-JP")

t = d(2025, 4, 7, 12, 0, JST)
txt = """石倉 蒼 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #64「認定資格とキャリア」
日時: 2025/04/24（木）19:00〜21:00
会場: 東京都渋谷区（詳細は参加者への情報をご確認ください）
受付番号: 8824193

当日は受付でこのメールまたは受付票をご提示ください。
参加できなくなった場合は、イベントページからキャンセルをお願いします。

connpass"""
M(52, "event-registration-ja", date=t, frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
  subject="【connpass】「JAWS-UG 東京 #64」への参加登録が完了しました", body=plain(txt, "utf-8", "8bit"),
  kind="unrelated", new=txt, msgid_style="connpass.com", lang="ja",
  auth=ar_fm("connpass.com", mailfrom="bounce@connpass.com", policy="none"), received=rcv("mail.connpass.com", "52.69.121.3", FM_BY, t),
  note="Japanese event mail, 8bit UTF-8, 7-digit number")

t = d(2025, 4, 9, 1, 12)
a_ja_close = f"""石倉 様

AWS トレーニングと認定 カスタマーサービスの森本です。

4月5日にお送りしたバウチャーに関するご質問について、まだご返信を確認できておりません。
このままご連絡がない場合、本ケースは4月12日（土）をもってクローズとなります。

引き続き調査をご希望の場合は、本メールへご返信ください。ご返信をいただいた時点でケースは継続されます。

森本"""
M(53, "no-response-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(a_ja_close, "utf-8", "base64"),
  kind="closing_notice", needs=True, case=CASE_A, new=a_ja_close, lang="ja", crlf=True, in_reply_to=51, refs=[20, 49, 51], **sup_fm(t),
  note="Japanese closing notice with a conditional-looking ask (〜をご希望の場合は…ご返信ください); base64, CRLF")

t = d(2025, 4, 9, 20, 3, JST)
a_ja_reply = """森本様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

旧アカウントの特典画面のメモが残っていました。
バウチャーコード: EXM50-7QK2-M9RT-4WD8
割引率: 50%
有効期限: 2025年9月30日

5月10日に SAP-C02 を受験する予定のため、それまでに使えるようになると助かります。
よろしくお願いいたします。

石倉 蒼"""
body_txt = a_ja_reply + "\n\n" + jp_quote("2025年4月9日(水) 10:12", "aws-cs-trainingcertification-form@amazon.com <%s>" % TC, a_ja_close)
M(54, "voucher-code-reply-ja", date=t, frm=addr("石倉 蒼", ME_P), to=TC, subject="Re: " + SUBJ_A, body=plain(body_txt, "utf-8", "8bit"),
  kind="user_reply", case=CASE_A, new=a_ja_reply, msgid_style="fm", lang="ja", in_reply_to=53, refs=[20, 49, 51, 53],
  note="Japanese user reply with a Japanese '…:' reply header; voucher code looks like an identifier but is not a candidate ID")

t = d(2025, 4, 10, 3, 0)
a_ja_done = """石倉 蒼 様

お世話になっております。森本でございます。

お知らせいただいたコードをもとに確認し、同じ条件（50%割引、有効期限 2025年9月30日）の特典を新しいアカウント（AWS07281946）に再発行いたしました。認定アカウントの「特典」画面からご確認いただけます。なお、旧コードは無効となっておりますのでご注意ください。

本件はこれにて解決とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

試験のご成功をお祈りしております。

森本"""
body_txt = a_ja_done + "\n\n" + jp_quote("2025年4月9日(水) 20:03", "石倉 蒼 <%s>" % ME_P, a_ja_reply + "\n\n" +
                                         jp_quote("2025年4月5日(土) 11:30", "AWS Training and Certification <%s>" % TC, a_ja_info))
M(55, "voucher-reissued-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_A, body=plain(body_txt, "iso-2022-jp", "7bit"),
  kind="resolved", case=CASE_A, cands=["AWS07281946"], new=a_ja_done, lang="ja", in_reply_to=54, refs=[20, 49, 51, 53, 54], **sup_fm(t),
  note="Japanese resolution over the quoted keigo request (…お知らせいただけますでしょうか); 'ご不明な点がございましたら…ご返信ください' is conditional")

# ==========================================================================
# Case C: AWS Support Center (console) case, 10 digits
# ==========================================================================

CONSOLE_LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja"
CONSOLE_FOOTER = f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all of the correspondence for your case, or to reply, please visit:
{CONSOLE_LINK}
* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
C_SUBJ = "イベントで受け取ったプロモーションクレジットが適用できない"

t = d(2025, 4, 11, 4, 22)
c_ack = f"""Dear Sora Ishikura,

Thank you for contacting AWS Support. We have opened case {CASE_C} for you.

Case ID: {CASE_C}
Subject: {C_SUBJ}
Severity: General guidance
Account: {ACCT}
Service: Account and billing
Category: Credits

You can view and update this case in the AWS Support Center:
{CONSOLE_LINK}

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To add information to this case, use the link above.

Sincerely,
Amazon Web Services"""
M(56, "console-case-opened", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"Amazon Web Services: New Support case: {CASE_C}", body=plain(c_ack, "utf-8", "quoted-printable"),
  kind="acknowledgement", case=CASE_C, new=c_ack, **sup_fm(t),
  note="console 'New Support case' (10 digits) with a 12-digit account ID nearby; 'To add information ... use the link' is not an ask")

t = d(2025, 4, 12, 2, 5)
c_info = f"""石倉様

AWS サポートの藤井でございます。お問い合わせいただきありがとうございます。

プロモーションクレジットの適用時に「The promotional code is invalid」と表示される件、承知いたしました。アカウント {ACCT} の請求情報を確認いたしましたが、該当するコードの適用試行が記録されていないため、詳細を確認させてください。

・受け取られたクレジットコード（先頭 4 文字と末尾 4 文字のみで結構です）
・コードを受け取られたイベント名と日付
・エラー画面のスクリーンショット（可能であれば）

上記について、AWS サポートセンターの本ケースよりご返信をお願いいたします。

よろしくお願いいたします。

藤井
Amazon Web Services"""
full = c_info + "\n\n" + CONSOLE_FOOTER
M(57, "console-need-details-ja", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"RE:[CASE {CASE_C}] {C_SUBJ}", body=alt(full, paras(full), "utf-8", "quoted-printable"), subj_charset="utf-8",
  kind="info_request", needs=True, case=CASE_C, new=c_info, lang="ja", in_reply_to=56, refs=[56], **sup_fm(t),
  note="console case request in Japanese, to be answered in the Support Center; survey-like feedback footer and 'cannot accept incoming e-mails'")

t = d(2025, 4, 14, 0, 0)
txt = """AWS認定資格をお持ちのお客様へ

AWS認定アカウント統合手続きの最終確認が完了しておりません。
72時間以内に下記URLよりログインし、本人確認を完了してください。
期限を過ぎますと、保有されている認定資格はすべて失効いたします。

▼本人確認はこちら
https://aws-nintei-support.jp/login?ref=merge

※本メールは送信専用です。

AWS認定事務局"""
M(58, "final-check-ja", date=t, frm=addr("AWS認定事務局", "info@aws-nintei-support.jp", "shift_jis"), to=ME_P,
  subject="【重要】AWS認定アカウント統合の最終確認のお願い", body=plain(txt, "shift_jis", "base64"), subj_charset="shift_jis",
  kind="suspicious", new=txt, msgid_style="aws-nintei-support.jp", lang="ja",
  auth=ar_fm("aws-nintei-support.jp", mailfrom="info@aws-nintei-support.jp", policy="none"),
  received=rcv("sv4121.xserver.example", "183.181.96.12", FM_BY, t),
  note="Japanese phishing from a lookalike domain, Shift_JIS base64; mimics merge wording and asks for action")

t = d(2025, 4, 15, 2, 10)
c_close = f"""Hello,

We haven't received a response to our last correspondence on this case. If we don't hear from you, this case will be resolved automatically in 3 days.

If you still need help, reply from the AWS Support Center using the link below. Please note that once a case has been resolved for 14 days, it can no longer be reopened."""
full = c_close + "\n\n" + CONSOLE_FOOTER
M(59, "console-auto-resolve", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"RE:[CASE {CASE_C}] {C_SUBJ}", body=plain(full, "utf-8", "quoted-printable"),
  kind="closing_notice", needs=True, case=CASE_C, new=c_close, in_reply_to=57, refs=[56, 57], crlf=True, **sup_fm(t),
  note="console auto-resolve warning; the reply must go through the Support Center")

t = d(2025, 4, 16, 6, 40)
c_upd = f"""石倉様

情報のご提供ありがとうございます。藤井です。

確認しましたところ、コード自体は有効期限内でしたが、入力時に末尾の文字が欠けていたため無効と判定されておりました。正しいコードをこちらでアカウント {ACCT} に適用いたしました。請求コンソールの「クレジット」画面に反映されるまで、最大 24 時間ほどかかる場合がございます。

反映を確認でき次第、改めてご連絡いたします。

藤井
Amazon Web Services"""
full = c_upd + "\n\n" + CONSOLE_FOOTER
M(60, "console-credit-applied-ja", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"RE:[CASE {CASE_C}] {C_SUBJ}", body=alt(full, paras(full), "utf-8", "base64"),
  kind="case_update", case=CASE_C, new=c_upd, lang="ja", in_reply_to=59, refs=[56, 57, 59], **sup_fm(t),
  note="console progress news in Japanese; footer still says 'To respond to this case...' and rate us")

t = d(2025, 4, 16, 11, 3)
inner = """<div style="font-family:Helvetica,Arial;max-width:520px">
<p><b>Credly</b></p>
<p>Hello,</p>
<p>We detected a problem while transferring your AWS Certification badges after a recent account merge. To keep your badges active you must confirm your Credly login within 24 hours. Badges that are not confirmed will be revoked.</p>
<p><a href="https://credly-badges.net/confirm?u=sora.ishikura">Confirm my badges</a></p>
<p>Thank you,<br>The Credly Team</p>
</div>"""
M(61, "badges-revoked-warning", date=t, frm=addr("Credly", "notify@credly-badges.net"), to=ME_P,
  subject="Action required: your AWS badges will be revoked", body=htmlonly(inner),
  kind="suspicious", new=inner, msgid_style="credly-badges.net",
  auth=ar_fm("credly-badges.net", dkim="none", dmarc="none", spf="softfail", mailfrom="notify@credly-badges.net", policy="none"),
  received=rcv("mx1.bulk-relay.example", "91.215.85.40", FM_BY, t),
  note="fake Credly from a lookalike domain, refers to the real merge")

t = d(2025, 4, 18, 1, 0)
c_done = f"""Hello,

The promotional credit (USD 25.00) is now showing on account {ACCT} under Billing > Credits, valid until December 31, 2025. Since everything is in place, we've marked this case as resolved.

If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Best regards,
Carlos M.
Amazon Web Services"""
full = c_done + "\n\n" + CONSOLE_FOOTER
M(62, "console-resolved", date=t, frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject=f"RE:[CASE {CASE_C}] {C_SUBJ}", body=alt(full, paras(full)),
  kind="resolved", case=CASE_C, new=c_done, in_reply_to=60, refs=[56, 57, 59, 60], **sup_fm(t),
  note="console resolution with rating footer and 'reopen within 14 days'")

t = d(2025, 4, 19, 3, 30)
inner = f"""<p>Hello,</p>
<p>Your AWS Support case <b>{CASE_C}</b> was recently resolved. Tell us how we did &mdash; the survey takes about two minutes.</p>
<p><a href="https://aws-support-survey.amazon.com/s/start?caseId={CASE_C}" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">Start the survey</a></p>
<p style="font-size:11px;color:#777">You are receiving this message because you opened a case with AWS Support. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>"""
text = f"""Hello,

Your AWS Support case {CASE_C} was recently resolved. Tell us how we did - the survey takes about two minutes.

Start the survey: https://aws-support-survey.amazon.com/s/start?caseId={CASE_C}

You are receiving this message because you opened a case with AWS Support."""
M(63, "console-survey", date=t, frm=addr("AWS Support", "aws-support-survey@amazon.com"), to=ME_P,
  subject=f"How was your recent AWS Support experience? (Case {CASE_C})", body=alt(text, inner),
  kind="survey", case=CASE_C, new=text, **sup_fm(t), note="survey for the console case")

# ==========================================================================
# April / May: after the merge; case D (duplicate account, 15 digits)
# ==========================================================================

t = d(2025, 4, 20, 16, 0)
txt = """Hello Sora,

As an AWS Certified individual, your opinion helps shape the future of AWS Certification.

We're inviting a small group of certified individuals to take a 10-minute survey about their experience with the certification program: preparing, scheduling, testing and maintaining a certification.

Take the survey: https://certmetrics.com/amazon/survey/aws-cert-2025?cid=AWS07281946

Candidate ID: AWS07281946

The survey closes on May 4, 2025. Thank you for your time!

AWS Training and Certification"""
M(64, "wants-to-hear-from-you", date=t, frm=addr("AWS Certification", CERTM), to=ME_P,
  subject="AWS Certification wants to hear from you", body=alt(txt, paras(txt)),
  kind="certification", cands=["AWS07281946"], new=txt, msgid_style="certmetrics.com",
  auth=ar_fm("certmetrics.com", mailfrom="bounce@mail.certmetrics.com"), received=rcv("mail.certmetrics.com", "198.2.133.40", FM_BY, t),
  note="certmetrics feedback invitation (certification, not survey); candidate ID inside a URL too")

t = d(2025, 4, 22, 5, 45)
txt = """Thank you for your purchase.

Order number: SB-20250422-771903
Item: AWS Skill Builder Individual subscription (monthly)
Amount: $29.00 USD
Billing period: April 22, 2025 - May 21, 2025

You can manage or cancel your subscription at any time from your AWS Skill Builder account settings.

AWS Training and Certification"""
M(65, "skillbuilder-receipt", date=t, frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
  subject="Your AWS Skill Builder subscription receipt", body=plain(txt, "us-ascii", "7bit"),
  kind="unrelated", new=txt, msgid_style="aws.training",
  auth=ar_fm("aws.training", mailfrom="0100@mail.aws.training"), received=rcv("a8-40.smtp-out.amazonses.com", "54.240.8.40", FM_BY, t),
  note="Skill Builder receipt from a genuine AWS training domain")

t = d(2025, 4, 25, 8, 12)
txt = """Dear AWS Certified individual,

Our records show that your candidate profile was changed recently. To protect the integrity of the AWS Certification program, your certifications will be suspended unless you confirm your candidate profile within 3 days.

Confirm profile: https://certmetrics-secure.com/aws/confirm

AWS Certification Program Office"""
M(66, "profile-confirm", date=t, frm=addr("AWS Certification", "do-not-reply@certmetrics-secure.com"), to=ME_P,
  subject="Your AWS Certification will be suspended - confirm your candidate profile", body=alt(txt, paras(txt)),
  kind="suspicious", new=txt, msgid_style="certmetrics-secure.com",
  auth=ar_fm("certmetrics-secure.com", mailfrom="bounce@certmetrics-secure.com", policy="none"),
  received=rcv("smtp.certmetrics-secure.com", "194.87.31.6", FM_BY, t),
  note="lookalike of the certmetrics sender, plausible wording, no link to a real domain")

t = d(2025, 4, 28, 14, 20, JST)
txt = """石倉 蒼 様

お問い合わせ #58211「請求書の宛名変更」は「解決済み」になりました。

担当者からのコメント:
宛名を個人名義に変更し、4月分以降の請求書に反映しました。
ご確認のほどよろしくお願いいたします。

このリクエストについて追加のご質問がある場合は、このメールにご返信ください。リクエストが再オープンされます。
7日間ご返信がない場合、リクエストは自動的にクローズされます。

Hoshizora Cloud サポート"""
M(67, "vendor-solved-ja", date=t, frm=addr("Hoshizora Cloud サポート", "support@hoshizora-cloud.zendesk.com"), to=ME_P,
  subject="[Hoshizora Cloud] Re: 請求書の宛名変更 (#58211)", body=plain(txt, "utf-8", "quoted-printable"),
  kind="unrelated", new=txt, msgid_style="hoshizora-cloud.zendesk.com", lang="ja",
  auth=ar_fm("hoshizora-cloud.zendesk.com", dkim_d="zendesk.com", mailfrom="bounce@zendesk.com", policy="none"),
  received=rcv("outbyoip12.pod27.use1.zdsys.com", "192.161.151.12", FM_BY, t),
  note="another vendor's 'solved / reply reopens / auto-close' mail in Japanese")

t = d(2025, 5, 2, 6, 18)
txt = """Merged #57 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/sora-ishikura/dotfiles/pull/57#event-17540239981
You are receiving this because you were mentioned."""
M(68, "dependabot-merged", date=t, frm=addr("dependabot[bot]", "notifications@github.com"), to=addr("sora-ishikura/dotfiles", "dotfiles@noreply.github.com"),
  cc=addr("Sora Ishikura", ME_P) + ", " + addr("Mention", "mention@noreply.github.com"),
  subject="Re: [sora-ishikura/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #57)", body=plain(txt, "utf-8", "7bit"),
  kind="unrelated", new=txt, msgid_style="github.com", extra=["X-GitHub-Reason: mention"],
  auth=ar_fm("github.com", mailfrom="noreply@github.com"), received=rcv("out-21.smtp.github.com", "192.30.252.204", FM_BY, t),
  note="GitHub 'Merged' on the personal address")

t = d(2025, 5, 5, 13, 0)
txt = """CLOUD OPS DIGEST #118

This week:
* S3 now supports conditional writes for more operations
* Case closed: how one team cut their NAT gateway bill by 70%
* Reader question: "My company certification account is about to disappear. What do I do?" Short answer: merge it into a personal one before your last day, and reply quickly when support asks you to confirm.

Got a question for the next issue? Just hit reply.

You are receiving this because you subscribed at cloudopsdigest.com.
Unsubscribe: https://cloudopsdigest.com/u/3f91c"""
M(69, "digest-118", date=t, frm=addr("Cloud Ops Digest", "hello@cloudopsdigest.com"), to=ME_P,
  subject="Cloud Ops Digest #118: conditional writes, a case closed, and merging cert accounts", body=plain(txt, "utf-8", "quoted-printable"),
  kind="unrelated", new=txt, msgid_style="cloudopsdigest.com",
  auth=ar_fm("cloudopsdigest.com", mailfrom="bounce@mg.cloudopsdigest.com", policy="none"), received=rcv("mg-out.cloudopsdigest.com", "198.61.254.21", FM_BY, t),
  note="English newsletter quoting 'Case closed', 'merge', 'confirm'; invites a reply")

t = d(2025, 5, 9, 1, 0)
txt = """Dear Sora Ishikura,

This is a reminder that your exam is scheduled for tomorrow.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, May 10, 2025, 10:00 AM JST
Location: Tokyo Shinjuku Test Center
Registration ID: 486203715

Please arrive 30 minutes early and bring two valid forms of identification.

Pearson VUE"""
M(70, "exam-reminder", date=t, frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=ME_P,
  subject="Reminder: your AWS exam is tomorrow", body=plain(txt, "us-ascii", "7bit"),
  kind="unrelated", new=txt, msgid_style="pearson.com",
  auth=ar_fm("pearson.com", mailfrom="bounce@pearson.com"), received=rcv("mta-08.pearsonvue.com", "159.182.10.8", FM_BY, t),
  note="exam vendor reminder with the 9-digit registration ID", crlf=True)

t = d(2025, 5, 11, 9, 30)
txt = """Hello Sora,

Congratulations! You have earned AWS Certified Solutions Architect - Professional.

Candidate ID: AWS09934067
Certification date: May 10, 2025
Expiration date: May 10, 2028

Your digital badge will be issued by Credly. You can download your certificate from your AWS Certification Account.

AWS Training and Certification

This message was sent from a notification-only address."""
M(71, "you-are-certified", date=t, frm=addr("AWS Certification", CERTM), to=ME_P,
  subject="Congratulations, you are now AWS Certified!", body=alt(txt, paras(txt)),
  kind="certification", cands=["AWS09934067"], new=txt, msgid_style="certmetrics.com",
  auth=ar_fm("certmetrics.com", mailfrom="bounce@mail.certmetrics.com"), received=rcv("mail.certmetrics.com", "198.2.133.40", FM_BY, t),
  note="new certification lands on a NEW candidate ID (the seed of case D)")

t = d(2025, 5, 12, 2, 5)
txt = """Hello,

Your verification code is: 731064

Enter this code on the sign-in page to continue. The code expires in 10 minutes.

If you didn't request a code, you can ignore this email. Someone may have typed your email address by mistake.

Amazon Web Services"""
M(72, "signin-code", date=t, frm=addr("AWS", "no-reply@login.awsapps.com"), to=ME_P,
  subject="Your AWS verification code", body=plain(txt, "us-ascii", "7bit"),
  kind="unrelated", new=txt, msgid_style="login.awsapps.com",
  auth=ar_fm("login.awsapps.com", mailfrom="0100@login.awsapps.com"), received=rcv("a8-51.smtp-out.amazonses.com", "54.240.8.51", FM_BY, t),
  note="6-digit sign-in code")

t = d(2025, 5, 12, 2, 46, s=57)
d_ack = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。お問い合わせの件について、ケース {CASE_D} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_D}
件名: {FORM}
重要度: 通常
お問い合わせタイプ: 認定
その他の詳細: Account Merge
AWS 候補 ID: AWS09934067
お問い合わせ内容: 5月10日に合格した SAP-C02 の結果が、同じメールアドレスで作成された別の認定アカウント（AWS09934067）に記録されています。普段使っている AWS07281946 に統合してください。Credly にもバッジが表示されません。

通常24時間以内に担当者よりご連絡いたします。ただし、最適な解決策をご案内するために、さらにお時間をいただく場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services"""
M(73, "case-opened-d-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_D, body=plain(d_ack, "utf-8", "base64"),
  kind="acknowledgement", case=CASE_D, cands=["AWS09934067", "AWS07281946"], new=d_ack, lang="ja", **sup_fm(t),
  note="new case (15 digits) ack in Japanese; form echo holds two candidate IDs and the user's own imperative")

t = d(2025, 5, 13, 8, 0)
d_upd = f"""Hi Sora,

Thanks for your patience. Our team is handling a higher volume of requests than usual, so replies on this case may take up to a week.

I've already located both profiles and confirmed that your SAP-C02 result is recorded on AWS09934067. I'll follow up here once the merge is prepared.

Regards,
Aigerim S.
AWS Training and Certification Customer Service"""
M(74, "queue-delay", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_D, body=plain(d_upd, "us-ascii", "7bit"),
  kind="case_update", case=CASE_D, cands=["AWS09934067"], new=d_upd, in_reply_to=73, refs=[73], crlf=True, **sup_fm(t),
  note="progress/delay news with 'I'll follow up'; asks nothing")

t = d(2025, 5, 15, 9, 0)
inner = """<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:20px">AWS Training and Certification &mdash; May update</td></tr>
<tr><td style="padding:20px">
<p>Hi Sora,</p>
<p><b>New in May:</b> two new AWS Certification exams open for registration, and Skill Builder adds 40 hands-on labs.</p>
<p><b>Already certified?</b> Your certification benefits include a 50% discount on your next exam. Find it under Benefits in your AWS Certification Account.</p>
<p><a href="https://aws.amazon.com/certification/?trk=em_may">Explore certifications</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></td></tr>
</table>"""
M(75, "tc-newsletter", date=t, frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=ME_P,
  subject="New AWS Certification exams, and a reminder about your benefits", body=htmlonly(inner),
  kind="unrelated", new=inner, msgid_style="mktomail.amazon.com",
  auth=ar_fm("amazon.com", mailfrom="bounce@mktomail.amazon.com"), received=rcv("mkto-mail.amazon.com", "199.15.214.9", FM_BY, t),
  note="AWS T&C marketing with certification/benefit wording")

t = d(2025, 5, 19, 4, 30)
d_conf = f"""石倉 蒼 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサービスの小野でございます。

同じメールアドレス（{ME_P}）で登録された認定アカウントが 2 つ見つかりましたので、内容をお知らせいたします。

Account #1
候補 ID: AWS07281946
ログイン: AWS Builder ID（{ME_P}）
認定: Solutions Architect - Associate、Developer - Associate

Account #2
候補 ID: AWS09934067
ログイン: AWS Builder ID（{ME_P}、2025年5月作成）
認定: Solutions Architect - Professional（2025年5月10日 合格）

Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。問題がなければ、その旨をご返信いただけますと幸いです。

AWS トレーニングと認定 カスタマーサービス
小野"""
d_conf_html = paras(d_conf)
M(76, "two-accounts-ja", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_D, body=alt(d_conf, d_conf_html, "utf-8", "quoted-printable"),
  kind="confirmation_request", needs=True, case=CASE_D, cands=["AWS07281946", "AWS09934067"], new=d_conf, lang="ja",
  in_reply_to=74, refs=[73, 74], **sup_fm(t),
  note="Japanese confirmation request: question 'よろしいでしょうか' plus soft '…ご返信いただけますと幸いです'")

t = d(2025, 5, 19, 18, 42, JST)
d_reply = """小野様

ご確認ありがとうございます。
はい、その内容で問題ありません。Account #2 を Account #1（AWS07281946）に統合してください。

石倉 蒼"""
body_txt = d_reply + "\n\n" + jp_quote("2025年5月19日(月) 13:30", "aws-cs-trainingcertification-form@amazon.com <%s>" % TC, d_conf)
M(77, "yes-merge-ja", date=t, frm=addr("石倉 蒼", ME_P), to=TC, subject="Re: " + SUBJ_D, body=plain(body_txt, "utf-8", "8bit"),
  kind="user_reply", case=CASE_D, cands=["AWS07281946"], new=d_reply, msgid_style="fm", lang="ja", crlf=True,
  in_reply_to=76, refs=[73, 74, 76], note="Japanese confirmation by the owner, 8bit UTF-8 with CRLF")

t = d(2025, 5, 20, 2, 15)
d_done = """Hi Sora,

The merge is complete: your SAP-C02 result and the Solutions Architect - Professional certification are now on AWS07281946, and AWS09934067 has been closed. Credly will issue the Professional badge to your existing wallet within 48 hours.

Nothing else is needed from you. Thanks for your patience while we worked through the backlog.

Regards,
Aigerim S.
AWS Training and Certification Customer Service

How would you rate this response?
Good: https://feedback.aws-tc.amazon.com/r?c=174658361700958&v=good
Poor: https://feedback.aws-tc.amazon.com/r?c=174658361700958&v=poor"""
quoted = jp_quote("2025年5月19日(月) 18:42", "石倉 蒼 <%s>" % ME_P, d_reply)
M(78, "merged-d", date=t, frm=TC_FROM_BARE, to=ME_P, subject=SUBJ_D, body=alt(d_done + "\n\n" + quoted, paras(d_done) + "<blockquote>" + paras(quoted) + "</blockquote>"),
  kind="resolved", case=CASE_D, cands=["AWS07281946", "AWS09934067"], new=d_done, in_reply_to=77, refs=[73, 74, 76, 77], **sup_fm(t),
  note="completion with a rating footer; quoted Japanese user reply")

t = d(2025, 5, 20, 6, 2)
txt = """Hi Sora,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Professional.

Accept it to display it on your profile: https://www.credly.com/badges/6a2f9d13-5b8e-4c07-a1f4-2e9c8d0b7765/accept

The Credly Team"""
M(79, "badge-sap", date=t, frm=addr("Credly", CREDLY), to=ME_P,
  subject="Amazon Web Services Training and Certification issued you a new badge", body=alt(txt, paras(txt)),
  kind="badge", new=txt, msgid_style="credly.com", auth=ar_fm("credly.com", mailfrom="bounces@em.credly.com"),
  received=rcv("o1.em.credly.com", "167.89.12.7", FM_BY, t), note="Credly badge after case D")

t = d(2025, 5, 21, 5, 0)
text = f"""Hello Sora,

Thank you for contacting AWS Training and Certification Customer Service about case {CASE_D}.

Please take a moment to tell us about your experience. The survey has three questions.

Take the survey: https://survey.aws-tc-feedback.amazon.com/s/7d1b?case={CASE_D}

We read every response.

AWS Training and Certification"""
M(80, "survey-d", date=t, frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
  subject=f"Tell us about your recent support experience [CASE {CASE_D}]", body=plain(text, "us-ascii", "7bit"),
  kind="survey", case=CASE_D, new=text, **sup_fm(t),
  note="survey with '[CASE N]' in the subject and 'Please take a moment' (not a reply request)")


# ==========================================================================
# write everything
# ==========================================================================

def main():
    for name in os.listdir(OUT):
        if re.match(r"^\d{3}-.*\.(eml|json)$", name):
            os.remove(os.path.join(OUT, name))
    for name, raw, label, note, lang, subject in MESSAGES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    print(len(MESSAGES), "messages written to", OUT)


if __name__ == "__main__":
    main()
