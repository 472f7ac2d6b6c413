#!/usr/bin/env python3
"""Generate the blind-193 held-out mailbox (standard library only)."""
import base64, datetime as dt, hashlib, json, os, quopri
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenji.morimoto.84@gmail.com"
ME_C = "k.morimoto@tessera-sys.co.jp"
ME_NAME = "Kenji Morimoto"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
F = "176603412008864"
A, B, C, D, E = "176412803905412", "176413150227781", "176476541800273", "176520114404558", "176785231006619"
OLD = "13958820471"
CID_OLD, CID_NEW, CID_SSO = "AWS03581264", "AWS07742019", "AWS05190433"
SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))

MSGS = []
MIDS = {}


def when(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC).astimezone(tz)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def enc(text, charset, cte):
    raw = text.encode(charset)
    if cte == "b64":
        return "base64", base64.encodebytes(raw)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw)
    return ("7bit" if cte == "7bit" else "8bit"), raw


def leaf(text, subtype, charset, cte):
    name, body = enc(text, charset, cte)
    h = b"Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (
        subtype.encode(), charset.encode(), name.encode())
    return h, body


def auth_line(kind, frm_dom, rcpt):
    if kind is None:
        return None
    if rcpt.endswith("gmail.com"):
        mx = "mx.google.com"
        if kind == "pass":
            return ("%s;\n       dkim=pass header.i=@%s header.s=s1 header.b=Qx7rT2aa;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (mx, frm_dom, frm_dom, frm_dom, frm_dom))
        if kind == "fail":
            return ("%s;\n       dkim=fail (bad signature) header.i=@%s;\n"
                    "       spf=softfail (google.com: domain of transitioning %s does not designate 185.211.4.77 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (mx, frm_dom, frm_dom, frm_dom, frm_dom))
        if kind == "none":
            return ("%s;\n       spf=pass (google.com: domain of noreply@%s designates 91.215.85.10 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=none header.from=%s" % (mx, frm_dom, frm_dom, frm_dom))
    else:
        if kind == "pass":
            return ("spf=pass (sender IP is 54.240.8.22) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                    " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (frm_dom, frm_dom, frm_dom))
        if kind == "fail":
            return ("spf=fail (sender IP is 185.211.4.77) smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
                    " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (frm_dom, frm_dom, frm_dom))
        if kind == "none":
            return ("spf=pass (sender IP is 91.215.85.10) smtp.mailfrom=%s; dkim=none (message not signed)\n"
                    " header.d=none;dmarc=none action=none header.from=%s;compauth=softpass reason=201" % (frm_dom, frm_dom))
    return None


def msg(kind, needs, case, cands, *, frm, to, subj, date, text=None, html=None, cc=None,
        charset="utf-8", cte="qp", hcs="utf-8", reply_to=None, irt=None, refs=None, auth="pass",
        crlf=False, extra=None, mid_dom=None, tz=UTC, note=""):
    n = len(MSGS) + 1
    fname, faddr = frm
    dom = faddr.split("@")[1]
    if faddr in (ME_P, ME_C) and tz is UTC:
        tz = JST
    mid_dom = mid_dom or dom
    mid = "<%s@%s>" % (hashlib.sha1(("b193-%d-%s" % (n, subj)).encode()).hexdigest()[:24], mid_dom)
    MIDS[n] = mid
    rcpt = to[0][1] if isinstance(to[0], tuple) else to[0]
    lines = []
    ar = auth_line(auth, dom, rcpt)
    if ar:
        lines.append("Authentication-Results: " + ar)
    lines.append("Date: " + format_datetime(when(date, tz)))
    lines.append("From: " + addr(fname, faddr, hcs))
    lines.append("To: " + ", ".join(addr(t[0], t[1], hcs) if isinstance(t, tuple) else t for t in to))
    if cc:
        lines.append("Cc: " + ", ".join(addr(t[0], t[1], hcs) if isinstance(t, tuple) else t for t in cc))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + hdr(subj, hcs))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + MIDS[irt])
        chain = [MIDS[r] for r in (refs or [irt])]
        lines.append("References: " + "\n ".join(chain))
    for k, v in (extra or {}).items():
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    if text is not None and html is not None:
        bnd = "----=_Part_%s" % hashlib.md5(mid.encode()).hexdigest()[:16]
        h1, b1 = leaf(text, "plain", charset, cte)
        h2, b2 = leaf(html, "html", charset, cte)
        body = (b"Content-Type: multipart/alternative; boundary=\"" + bnd.encode() + b"\"\n\n"
                + b"--" + bnd.encode() + b"\n" + h1 + b"\n" + b1.rstrip(b"\n") + b"\n"
                + b"--" + bnd.encode() + b"\n" + h2 + b"\n" + b2.rstrip(b"\n") + b"\n"
                + b"--" + bnd.encode() + b"--\n")
    elif html is not None:
        h, b = leaf(html, "html", charset, cte)
        body = h + b"\n" + b
    else:
        h, b = leaf(text, "plain", charset, cte)
        body = h + b"\n" + b
    data = head + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as f:
        f.write(data)
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    with open(os.path.join(OUT, "%03d-msg.json" % n), "w") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((n, kind, needs, case, note))
    return n


def quote(text, style="gt"):
    if style == "gt":
        return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return text


ME_PER = (ME_NAME, ME_P)
ME_COM = ("森本 健二", ME_C)
TCS = ("AWS Training and Certification", FORM)
AWSC = ("Amazon Web Services", CONSOLE)


def form_subj(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_FORM) if re == "RE:" else "%s [CASE %s] %s" % (re.rstrip(), case, SUBJ_FORM)

FOOT_FORM = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

FOOT_CONSOLE = """
To see all the details of this case and reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc."""


def build():
    # ---------------- before the case ----------------
    msg("unrelated", False, None, [], frm=("Shota Arai", "notifications@github.com"),
        to=[("tessera/infra-modules", "infra-modules@noreply.github.com")],
        subj="Re: [tessera/infra-modules] Bump terraform-aws-provider to 5.82 (PR #412)", date="2025-11-18 02:14",
        text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tessera/infra-modules/pull/412#event-15521907734
You are receiving this because you were mentioned.

Message ID: <tessera/infra-modules/pull/412/issue_event/15521907734@github.com>
""", extra={"X-GitHub-Reason": "mention", "List-ID": "tessera/infra-modules <infra-modules.tessera.github.com>"},
        cte="7bit", note="GitHub 'merged' notification: the word merge, not a certification merge.")

    msg("certification", False, None, [CID_OLD], frm=("AWS Certification", "do-not-reply@certmetrics.com"),
        to=[ME_C], subj="Reminder: you have an unused AWS Certification benefit", date="2025-11-19 16:05",
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>Hello Kenji,</p>
<p>Our records show that candidate <b>AWS03581264</b> still has an unused <b>50% discount voucher</b> for a future AWS Certification exam.
The voucher is valid until <b>30 November 2025</b>.</p>
<p>To view your benefits, sign in to your AWS Certification Account and select <i>Benefits</i>.</p>
<p><a href="https://www.aws.training/certification">Go to my AWS Certification Account</a></p>
<p>Have questions? Visit our <a href="https://aws.amazon.com/certification/faqs/">FAQ</a>.</p>
<p>AWS Certification</p>
</td></tr></table></body></html>""", cte="qp",
        note="Certification benefit reminder (CertMetrics), not a case.")

    msg("unrelated", False, None, [], frm=("佐藤 美咲", "m.sato@tessera-sys.co.jp"), to=[ME_COM],
        subj="送別会の件", date="2025-11-20 08:41", tz=JST, charset="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
        auth=None, text="""森本さん

お疲れさまです。佐藤です。
27日(木)の送別会ですが、お店は「炉端 かまどや」で19時からになりました。
苦手な食べ物があれば今週中に教えてもらえますか？

よろしくお願いします。
佐藤
""", note="Colleague asks a question (reply wanted) but not an AWS case: needs_reply false.")

    n_fwd = msg("user_reply", False, None, [CID_OLD], frm=ME_COM, to=[ME_PER],
        subj="Fwd: Reminder: you have an unused AWS Certification benefit", date="2025-11-21 10:02", tz=JST,
        auth=None, text="""個人アドレスに転送。会社のcandidate IDは AWS03581264。
退職前にマージ申請すること。

---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Wed, Nov 19, 2025 at 4:05 PM
Subject: Reminder: you have an unused AWS Certification benefit
To: <k.morimoto@tessera-sys.co.jp>

Hello Kenji,
Our records show that candidate AWS03581264 still has an unused 50% discount voucher for a future AWS Certification exam.
The voucher is valid until 30 November 2025.
""", note="Owner's forward to self with a note; candidate ID in the owner's own text.")

    msg("unrelated", False, None, [], frm=("Amazon Web Services", "aws-billing@amazon.com"), to=[ME_P],
        subj="Amazon Web Services Billing Statement Available [Account: 482910337615]", date="2025-11-24 07:11",
        text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" + FOOT_FORM, note="AWS billing: 12-digit account ID is not a case ID.")

    msg("unrelated", False, None, [], frm=("AWS Builder ID", "no-reply@signin.aws"), to=[ME_P],
        subj="Verify your AWS Builder ID email address", date="2025-11-26 03:12",
        text="""Verify your AWS Builder ID email address

Hello Kenji Morimoto,

Use the following verification code to finish creating your AWS Builder ID.

Verification code: 518204

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this email.
""", note="Builder ID one-time code.")

    # ---------------- case A: acknowledgement (Japanese) ----------------
    a_ack = msg("acknowledgement", False, A, [CID_OLD, CID_NEW], frm=TCS, to=[ME_P],
        subj=form_subj(A), date="2025-11-26 03:34", cte="b64",
        text="""Kenji Morimoto 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、
内容によってはお時間を頂戴する場合がございます。

同じ内容のケースがすでに作成されている場合、別のケースを重ねて作成しないようお願いいたします。
ケースが重複すると、対応が遅れる原因となります。

お問い合わせの内容は以下のとおりです。

Inquiry type: AWS Training and Certification
Additional details: Account Merge
Description:
Use case: I am leaving Tessera Systems at the end of November and would like to merge my certification accounts.
Email addresses used: k.morimoto@tessera-sys.co.jp (candidate ID AWS03581264), kenji.morimoto.84@gmail.com (candidate ID AWS07742019)
Email address to keep: kenji.morimoto.84@gmail.com

よろしくお願いいたします。
AWS Training and Certification カスタマーサービス
""" % A + FOOT_FORM, note="Japanese acknowledgement in base64; echoes the form including candidate IDs (counted as the message's own text).")

    b_ack = msg("acknowledgement", False, B, [], frm=TCS, to=[ME_P], subj=form_subj(B, "RE: "),
        date="2025-11-26 04:32", cte="7bit", text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: General
Correspondence: Account merge. Company address k.morimoto@tessera-sys.co.jp, keep kenji.morimoto.84@gmail.com.

We will respond within 24 hours. Please do not open another case for the same question, as this can delay our reply.

Best regards,
AWS Training and Certification Customer Service
""" % (B, B) + FOOT_FORM, note="Second acknowledgement: a duplicate form submission (new case number).")

    msg("user_reply", False, B, [], frm=ME_PER, to=[FORM], subj=form_subj(B, "RE: "), date="2025-11-26 04:40",
        irt=b_ack, auth=None, text="""Hello,

Sorry, I submitted the form twice by mistake. My original request is case %s.
Please close this one.

Thanks,
Kenji

On Wed, Nov 26, 2025 at 1:32 PM AWS Training and Certification <%s> wrote:
> Hello,
>
> Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.
> Please do not open another case for the same question, as this can delay our reply.
""" % (A, FORM, B), note="Owner asks to close the duplicate.")

    msg("unrelated", False, None, [], frm=("connpass", "no-reply@connpass.com"), to=[ME_P],
        subj="【connpass】JAWS-UG 東京 #58 の参加登録が完了しました", date="2025-11-26 08:10", cte="b64",
        text="""森本 健二 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 re:Invent 2025 振り返り
日時: 2025/12/11(木) 19:00〜21:30
会場: 目黒セントラルスクエア

キャンセルする場合はイベントページから手続きしてください。
""", auth="none", note="Community event registration (Japanese).")

    msg("case_update", False, B, [], frm=TCS, to=[ME_P], subj=form_subj(B), date="2025-11-26 11:02", irt=b_ack,
        text="""Hello Kenji,

Thanks for letting us know. Case %s duplicates your earlier request, so I have linked the two and
closed this one. Your merge request will continue under case %s, where a colleague is already
working on it. There is nothing you need to do on this case.

Regards,
Mateo
AWS Training and Certification
""" % (B, A) + FOOT_FORM, note="Duplicate closed and linked; says closed but is not a closing notice.")

    # ---------------- case A: partner hold, question in a P.S. ----------------
    hold1_txt = """Hello Kenji,

Thank you for your patience while we reviewed your merge request.

The certification account registered to k.morimoto@tessera-sys.co.jp is associated with an
AWS Partner Network (APN) organization, Tessera Systems K.K. Certifications earned under a partner
account count towards that partner's tier, so we are not able to move them until the partner's
administrator releases the account. We have contacted the partner alliance team about this and
your case is on hold until they respond. This usually takes a few business days.

We will write to you again as soon as we hear from them.

Kind regards,
Priya S.
AWS Training and Certification Customer Service

P.S. To pass along to the partner team: what is your last working day at Tessera Systems?
"""
    hold1_html = """<html><body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenji,</p>
<p>Thank you for your patience while we reviewed your merge request.</p>
<p>The certification account registered to <b>k.morimoto@tessera-sys.co.jp</b> is associated with an AWS Partner Network (APN) organization, <b>Tessera Systems K.K.</b>
Certifications earned under a partner account count towards that partner's tier, so we are not able to move them until the partner's administrator releases the account.
We have contacted the partner alliance team about this and your case is on hold until they respond. This usually takes a few business days.</p>
<p>We will write to you again as soon as we hear from them.</p>
<p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
<p style="color:#555">P.S. To pass along to the partner team: what is your last working day at Tessera Systems?</p>
</div></body></html>"""
    a_hold1 = msg("on_hold", True, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-11-26 13:47",
        irt=a_ack, text=hold1_txt + FOOT_FORM, html=hold1_html, cte="qp",
        note="Partner hold; the only question sits in a P.S. after the signature.")

    msg("unrelated", False, None, [], frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=[ME_P],
        subj="Last chance: watch the re:Invent 2025 keynotes on demand", date="2025-11-26 14:05",
        html="""<html><body><table width="640" align="center"><tr><td>
<h1 style="font-family:Arial">re:Invent 2025 keynotes are now on demand</h1>
<p>Catch up on the launches you missed. Reply to this email to tell us which sessions you want next year!</p>
<p><a href="https://reinvent.awsevents.com/on-demand/">Watch now</a></p>
<p style="font-size:11px">You are receiving this because you subscribed to AWS Events. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table></body></html>""", note="Marketing that invites a reply: not a case.")

    a_wrong = msg("user_reply", False, A, [], frm=ME_COM, to=[FORM], subj=form_subj(A), date="2025-11-26 22:10",
        irt=a_hold1, auth=None, text="""Hello Priya,

My last working day at Tessera Systems is November 28, 2025. After that this mailbox will be closed.

Best regards,
Kenji Morimoto

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 26, 2025 10:47 PM
To: kenji.morimoto.84@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,

Thank you for your patience while we reviewed your merge request.
...
P.S. To pass along to the partner team: what is your last working day at Tessera Systems?
""" % A, note="Owner answers from the company address (Outlook quoting).")

    a_rx = msg("info_request", True, A, [], frm=TCS, to=[ME_P], cc=[ME_C], subj=form_subj(A), date="2025-11-27 01:30",
        irt=a_wrong, refs=[a_ack, a_hold1, a_wrong], text="""Hello Kenji,

We received your message of 26 November, thank you. It arrived from k.morimoto@tessera-sys.co.jp,
which is not the contact address on this case. For the security of your certification records we
only act on messages from the address that opened the case. Please send the same information again
from kenji.morimoto.84@gmail.com, replying to this email.

Regards,
Priya S.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Looks like a receipt ('we received your message') but asks to resend from the other address.")

    a_re2 = msg("user_reply", False, A, [], frm=ME_PER, to=[FORM], subj=form_subj(A), date="2025-11-27 02:00",
        irt=a_rx, refs=[a_ack, a_hold1, a_wrong, a_rx], auth=None, text="""Hi Priya,

Resending from my personal address: my last working day at Tessera Systems is November 28, 2025.
I am leaving the company, so please go ahead with the merge once the partner releases the account.

Kenji

On Thu, Nov 27, 2025 at 10:30 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenji,
>
> We received your message of 26 November, thank you. It arrived from k.morimoto@tessera-sys.co.jp,
> which is not the contact address on this case. [...] Please send the same information again
> from kenji.morimoto.84@gmail.com, replying to this email.
""", note="Owner's corrected reply.")

    msg("acknowledgement", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-11-27 02:01",
        irt=a_re2, cte="7bit", text="""We have received your reply to case %s.

Your correspondence has been added to the case and an agent will review it. You do not need to
send it again.

AWS Training and Certification Customer Service
""" % A + FOOT_FORM, note="Automatic receipt of the owner's reply; asks nothing.")

    msg("on_hold", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-11-27 06:40", irt=a_re2,
        text="""Hello Kenji,

Thanks for confirming your last day. I have passed this to the partner alliance team together with
your request. Their administrator has up to three business days to release the account; until then
the merge stays on hold. You don't need to do anything in the meantime.

If your leaving date changes, feel free to let us know.

Regards,
Priya S.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Pure hold update; ends with a conditional invitation only.")

    msg("suspicious", False, None, [], frm=("AWS Certification Support", "support@aws-certsupport-team.com"),
        to=[ME_P], subj="Action required: verify accounts to complete merge [CASE %s]" % A, date="2025-11-27 09:00",
        auth="pass", reply_to="verify@aws-certsupport-team.com",
        html="""<html><body>
<p>Dear Candidate,</p>
<p>Your certification account merge (case %s) is pending. To complete the merge we must verify both accounts.</p>
<p>Please <a href="https://aws-certsupport-team.com/merge/verify?c=%s">sign in with your AWS Builder ID</a> within 24 hours
or reply with your Builder ID password and the verification code we send you.</p>
<p>Failure to verify will result in permanent loss of your certifications.</p>
<p>AWS Training &amp; Certification</p>
</body></html>""" % (A, A), note="Lookalike domain that knows the real case number; demands credentials. needs_reply false, case null.")

    msg("unrelated", False, None, [], frm=("JetBrains Sales Support", "sales@jetbrains.com"), to=[ME_P],
        subj="[JetBrains] Re: Transfer personal license after job change — request #88213 solved", date="2025-11-27 12:00",
        text="""##- Please type your reply above this line -##

Your request (88213) has been solved. To reopen it, simply reply to this email.

Hello Kenji,

The All Products Pack license has been moved to your personal JetBrains Account. It is available
in the IDE after you log out and back in.

Did we answer your question? How would you rate our support?
Good, I'm satisfied  /  Bad, I'm unsatisfied

Best regards,
Ivana
JetBrains Sales Support
""", extra={"X-Mailer": "Zendesk Mailer"}, note="Other vendor's 'solved' with a survey and reopen-by-reply.")

    msg("case_update", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A, "RE: "), date="2025-11-28 03:15",
        text="""Hi Kenji,

Good news: the partner administrator at Tessera Systems has released your certification account,
so the hold on your case is lifted. I'm now preparing the merge and will be back in touch shortly
with the account details.

Best,
Priya S.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Hold lifted; news only, not resolved.")

    conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Kenji,</p>
<p>I located the two certification accounts below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07742019</td><td>AWS03581264</td></tr>
<tr><td>Login email</td><td>kenji.morimoto.84@gmail.com</td><td>k.morimoto@tessera-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenji.morimoto.84@gmail.com</td><td>k.morimoto@tessera-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenji.morimoto.84@gmail.com</td><td>k.morimoto@tessera-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>Solutions Architect &ndash; Associate, Solutions Architect &ndash; Professional</td></tr>
</table>
<p>A merge cannot be undone. Once merged, all exam history and benefits will live on the account you keep, and the other login will stop working.</p>
<p>Can you confirm these are both your accounts and that Account #1 is the one to keep?</p>
<p>Thank you,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:10px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>"""
    a_conf = msg("confirmation_request", True, A, [CID_NEW, CID_OLD], frm=TCS, to=[ME_P], subj=form_subj(A),
        date="2025-11-28 05:50", html=conf_html, cte="qp", crlf=True,
        note="HTML-only table Account #1/#2, question without 'please'.")

    msg("unrelated", False, None, [], frm=("山田 拓也", "t.yamada@tessera-sys.co.jp"), to=[ME_COM],
        subj=hdr("自動応答: 引き継ぎ資料の確認", "iso-2022-jp"), date="2025-11-28 06:30", tz=JST, charset="iso-2022-jp",
        cte="7bit", hcs="iso-2022-jp", auth=None, extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""山田は11月28日(金)まで出張のため不在にしております。
急ぎのご用件は情報システム部 (it-desk@tessera-sys.co.jp) までご連絡ください。
""", note="Colleague's out-of-office auto-reply.")

    a_cf = msg("user_reply", False, A, [], frm=ME_PER, to=[FORM], subj=form_subj(A), date="2025-11-28 07:02",
        irt=a_conf, auth=None, text="""Confirmed. Both accounts are mine. Please merge into Account #1.

Kenji

2025年11月28日(金) 14:50 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Hello Kenji,
> I located the two certification accounts below.
> [table]
> Can you confirm these are both your accounts and that Account #1 is the one to keep?
""", note="Owner confirms (Japanese Gmail quote header).")

    a_miss = msg("info_request", True, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-11-28 09:40",
        irt=a_cf, refs=[a_ack, a_conf, a_cf], cte="qp", text="""Hello Kenji,

Thank you, we have your confirmation on file and Account #1 is noted as the account to keep.

Before the merge can run, our verification step needs one thing your reply didn't include: the
candidate ID shown in the top-right corner of your AWS Certification Account page when you are
signed in as kenji.morimoto.84@gmail.com. Reply with that ID and I'll start the merge right away.

Regards,
Lena K.
AWS Training and Certification Customer Service

-----Original Message-----
From: kenji.morimoto.84@gmail.com
Sent: 2025-11-28 07:02 UTC
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Both accounts are mine. Please merge into Account #1.
""" % A + FOOT_FORM, note="Opens like a receipt of the reply; asks for the piece missing from it.")

    a_id = msg("user_reply", False, A, [CID_NEW], frm=ME_PER, to=[FORM], subj=form_subj(A), date="2025-11-28 10:05",
        irt=a_miss, auth=None, text="""Hi Lena,

The candidate ID on my personal account is AWS07742019.

Kenji
""", note="Owner sends candidate ID (no quote).")

    msg("unrelated", False, None, [], frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=[ME_P],
        subj="Amazon.co.jp ご注文の商品を発送しました", date="2025-11-28 10:30", cte="b64",
        text="""森本 健二 様

ご注文いただいた商品を発送しました。
お届け予定: 11月29日(土)
注文番号: 250-4418820-1937201

USB-C ハブ 7-in-1 ×1

Amazon.co.jp をご利用いただき、ありがとうございます。
""", note="Shopping mail (Japanese).")

    a_res1 = msg("confirmation_request", True, A, [CID_SSO], frm=TCS, to=[ME_P], subj=form_subj(A),
        date="2025-11-28 14:22", irt=a_id, cte="qp", text="""Hello Kenji,

I have successfully merged Account #2 into Account #1. Your exam history, both Solutions Architect
certifications and your benefits are now on the kenji.morimoto.84@gmail.com account, and your Credly
badges will be re-issued there shortly.

While completing the merge I noticed a third certification profile under your name, AWS05190433,
created through Partner Central single sign-on with the Tessera address. It holds no certifications,
but it may capture future exam registrations. Is that profile yours, and should we fold it into
Account #1 as well? We will leave it untouched until we hear from you.

Regards,
Lena K.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Reads as the resolution ('successfully merged') but asks to confirm a third account before it is merged.")

    msg("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=[ME_P],
        subj="Amazon Web Services Training and Certification has issued you a badge", date="2025-11-28 14:30",
        html="""<html><body><table width="600"><tr><td>
<p>Hi Kenji,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/7b1e4c2a-90d3-4f7e-bb61-2a9f0c3d8e15/accept">Accept your badge</a></p>
<p>Share it on LinkedIn to let your network know.</p>
<p>The Credly Team</p></td></tr></table></body></html>""", note="Credly badge issued after the merge; 'Accept' is not a reply.")

    msg("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=[ME_P],
        subj="You've earned a badge: AWS Certified Solutions Architect – Professional", date="2025-11-28 14:31",
        text="""Congratulations, Kenji!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect – Professional".

Accept your badge: https://www.credly.com/badges/c40e91f3-55b2-4a8d-9e0c-6f1d2b7a3e90/accept

Credly, Inc. · 100 Broadway, New York, NY
""", cte="qp", note="Second Credly badge, plain text with UUID.")

    a_third = msg("user_reply", False, A, [CID_SSO], frm=ME_PER, to=[FORM], subj=form_subj(A), date="2025-11-28 15:00",
        irt=a_res1, auth=None, text="""Hi Lena,

Yes, AWS05190433 is mine (I must have created it from Partner Central by accident). Please merge it
into Account #1 too.

Thanks!
Kenji

On Fri, Nov 28, 2025 at 11:22 PM AWS Training and Certification wrote:
> I have successfully merged Account #2 into Account #1. [...]
> While completing the merge I noticed a third certification profile under your name, AWS05190433,
> [...] Is that profile yours, and should we fold it into Account #1 as well?
""", note="Owner confirms the third account.")

    a_done = msg("resolved", False, A, [CID_SSO], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-11-29 02:10",
        irt=a_third, cte="qp", text="""Hello Kenji,

Done: AWS05190433 has been merged into Account #1 as well, so all three profiles now live under
kenji.morimoto.84@gmail.com. I'm marking this case as resolved.

If something looks wrong when you check your exam history, reply to this email within 14 days and
the case will reopen automatically.

Regards,
Lena K.
AWS Training and Certification Customer Service

________________________________
From: AWS Training and Certification
Sent: Friday, November 28, 2025 2:50 PM
To: kenji.morimoto.84@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,
I located the two certification accounts below.
Account #1  Login email: kenji.morimoto.84@gmail.com
Account #2  Login email: k.morimoto@tessera-sys.co.jp
Can you confirm these are both your accounts and that Account #1 is the one to keep?
""" % A + FOOT_FORM, note="Resolution quoting the old confirmation request; 'reply within 14 days' is conditional.")

    msg("survey", False, A, [], frm=("AWS Customer Service", "no-reply-aws-survey@amazon.com"), to=[ME_P],
        subj="How did we do? Tell us about case %s" % A, date="2025-11-29 02:15",
        html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent AWS Training and Certification case (%s) was resolved. Would you take a minute to rate your experience?</p>
<table><tr>%s</tr></table>
<p>Your answers help us improve. This survey closes in 7 days.</p>
</body></html>""" % (A, "".join('<td><a href="https://survey.aws.amazon.com/r?c=%s&amp;s=%d">%d</a></td>' % (A, i, i) for i in range(1, 6))),
        note="Genuine survey: asks for a rating, not a reply.")

    msg("unrelated", False, None, [], frm=("Last Week in AWS", "newsletter@lastweekinaws.com"), to=[ME_P],
        subj="Last Week in AWS: re:Invent aftermath edition", date="2025-11-30 14:00", auth="pass",
        html="""<html><body><h2>re:Invent aftermath</h2><p>Good morning! Here's what AWS launched while you were queueing for a session...</p>
<p>Hit reply and tell me which launch you'll actually use. I read every one.</p>
<p><a href="https://www.lastweekinaws.com/unsubscribe">Unsubscribe</a></p></body></html>""",
        note="Newsletter inviting replies.")

    msg("certification", False, None, [CID_NEW], frm=("AWS Certification", "do-not-reply@certmetrics.com"),
        to=[ME_P], subj="Your AWS Certification account was updated", date="2025-11-30 18:20",
        text="""Hello Kenji Morimoto,

The following changes were made to your AWS Certification Account (candidate ID AWS07742019):

- Exam history imported from a merged account
- 2 certifications added
- 1 benefit added

If you did not expect these changes, contact AWS Training and Certification.

AWS Certification
""", note="CertMetrics account-change notice, not support-case mail.")

    a_reopen = msg("user_reply", False, A, [], frm=ME_PER, to=[FORM], subj=form_subj(A), date="2025-12-01 00:45",
        irt=a_done, auth=None, text="""Hello Lena,

Thanks for the merge. One thing is missing: the 50% exam discount voucher from my old account does not
appear under Benefits on Account #1. It was valid until November 30.

Kenji
""", note="Owner reopens the resolved case.")

    msg("case_update", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-12-01 03:20",
        irt=a_reopen, text="""Hello Kenji,

Your case %s has been reopened. I've handed the missing voucher to our Certification benefits team,
who can see the voucher records; they normally reply within two business days.

Regards,
Daniel R.
AWS Training and Certification Customer Service
""" % A + FOOT_FORM, note="Reopened and passed to another team; no ask.")

    a_vouch = msg("info_request", True, A, [], frm=TCS, to=[ME_P], subj=form_subj(A, "RE: "), date="2025-12-02 05:12",
        html="""<html><body><div style="font-family:Arial;font-size:14px">
<p>Hello Kenji,</p>
<p>The benefits team has reinstated your <b>50% exam discount voucher</b> on Account #1. Because the original expired during the merge, the new one is valid for 90 days, until <b>2 March 2026</b>. You will find it under <i>Benefits</i>.</p>
<p>One more item before I can close this: the mailing address on the merged profile still shows the Tessera Systems office in Shinagawa, carried over from Account #2. Which address would you like on file instead? Just reply with the full address in English.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification Customer Service</p>
</div></body></html>""", cte="b64",
        note="HTML-only base64: voucher reinstated (looks resolved) + one more question about the address.")

    a_addr = msg("user_reply", False, A, [], frm=ME_PER, to=[FORM], subj=form_subj(A, "RE: "), date="2025-12-02 11:30",
        irt=a_vouch, auth=None, text="""Hi Daniel,

Thank you! Please use:
2-14-7-302 Kamimeguro, Meguro-ku, Tokyo 153-0051, Japan

Kenji
""", note="Owner gives address.")

    msg("resolved", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A, "RE: "), date="2025-12-03 01:05",
        irt=a_addr, text="""Hello Kenji,

The mailing address on your certification profile has been updated. No further action is required on your
part; I'm setting the case back to resolved.

Best regards,
Daniel R.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Record fixed; 'no further action is required'.")

    a_svy = msg("info_request", True, A, [], frm=TCS, to=[ME_P], subj="Your feedback on case %s" % A,
        date="2025-12-03 01:40", html="""<html><body style="font-family:Arial;font-size:13px">
<h3>How satisfied were you with the support you received?</h3>
<p>Case %s &middot; AWS Training and Certification</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.amazon.com/r?c=%s&amp;s=5">Very satisfied</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&amp;s=3">Neutral</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&amp;s=1">Dissatisfied</a></td></tr></table>
<hr>
<p><b>A note from Daniel, your agent:</b> Partner Central still lists you as an active Tessera Systems
employee sharing certifications with their partner profile. Should we remove that sharing link now
that you have left? If we don't hear from you, it will be restored at the next partner sync. Please
reply to this email with yes or no.</p>
<p style="font-size:10px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>""" % (A, A, A, A), cte="qp",
        note="Survey layout with a real question from the agent below the rating links.")

    a_yes = msg("user_reply", False, A, [], frm=ME_PER, to=[FORM], subj="Re: Your feedback on case %s" % A,
        date="2025-12-03 02:30", irt=a_svy, auth=None, text="""Yes, please remove the sharing link. I left Tessera on November 28.

(I also rated the survey.)

Kenji
""", note="Owner answers the question in the survey mail.")

    msg("resolved", False, A, [], frm=TCS, to=[ME_P], subj=form_subj(A), date="2025-12-03 08:15", irt=a_yes,
        text="""Hello Kenji,

I have removed the certification sharing link between your profile and the Tessera Systems partner
account. Your certifications remain on your personal account. This completes the work on your case.

We value your feedback. Please share your experience by rating this correspondence using the links
in our survey email.

Regards,
Daniel R.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Final resolution with a survey footer.")

    # ---------------- case C: console case ----------------
    c_ack = msg("acknowledgement", False, C, [], frm=AWSC, to=[ME_P],
        subj="Amazon Web Services: New Support case: %s" % C, date="2025-12-03 12:37", text="""Dear Customer,

We have received your request and opened case %s. A member of our team will respond as soon as
possible.

Case ID: %s
Subject: Exam appointment missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Exam scheduling
""" % (C, C) + FOOT_CONSOLE % C, cte="7bit", note="Console case acknowledgement; cannot be answered by email.")

    msg("unrelated", False, None, [], frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=[ME_C],
        subj="Confirmation of your AWS Certification exam appointment", date="2025-12-03 13:10",
        text="""Dear Kenji Morimoto,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 412998301
Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)
Date: Friday, December 19, 2025  Time: 10:00 JST
Location: OnVUE online proctored

To reschedule or cancel, sign in to your account at least 24 hours before your appointment.

Pearson VUE
""", note="Exam vendor confirmation (9-digit registration ID), sent to the old company address.")

    c_faq = msg("info_request", True, C, [], frm=AWSC, to=[ME_P],
        subj="RE:[CASE %s] Exam appointment missing after certification account merge" % C, date="2025-12-04 03:55",
        text="""Hello,

Thank you for contacting AWS Training and Certification. Here are answers to questions we often receive
about exams booked before an account merge.

Q: Is my appointment cancelled when accounts are merged?
A: No. Appointments stay with the exam vendor; only the link to your certification account moves.

Q: Will my exam voucher still apply?
A: Yes, vouchers redeemed at booking remain attached to the appointment.

Q: Do I need to book again?
A: Normally not.

To find your appointment, we need the Pearson VUE registration ID and the email address that received the
booking confirmation. Please add both to the case through the Support Center link below.

Best regards,
Aisha M.
Amazon Web Services
""" + FOOT_CONSOLE % C, note="FAQ layout; the real ask is one sentence after the Q&A, answer in the console.")

    c_mail = msg("user_reply", False, C, [], frm=ME_PER, to=[CONSOLE],
        subj="Re: RE:[CASE %s] Exam appointment missing after certification account merge" % C, date="2025-12-04 09:02",
        irt=c_faq, auth=None, text="""Hello Aisha,

The registration ID is 412998301. I think the confirmation went to my old company address.

Kenji

On Thu, Dec 4, 2025 at 12:55 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> To find your appointment, we need the Pearson VUE registration ID and the email address that received the
> booking confirmation. Please add both to the case through the Support Center link below.
""", note="Owner replies by email to the no-reply console address (will bounce).")

    msg("unrelated", False, None, [], frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=[ME_P],
        subj="Delivery Status Notification (Failure)", date="2025-12-04 09:03", irt=c_mail, auth=None,
        extra={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": CONSOLE},
        text="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: this mailbox cannot accept incoming e-mails

----- Original message -----
Subject: Re: RE:[CASE %s] Exam appointment missing after certification account merge
""" % C, note="Bounce of the owner's emailed answer; mentions the case but is delivery mail (case null).")

    msg("closing_notice", True, C, [], frm=AWSC, to=[ME_P],
        subj="RE:[CASE %s] Exam appointment missing after certification account merge" % C, date="2025-12-06 04:00",
        text="""Hello,

Just a courtesy heads-up: we haven't seen the registration details we asked for on this case yet. Cases
without an update are resolved automatically, and this one is scheduled to be resolved in 3 days. A
response through the Support Center keeps it open and lets us continue with your appointment.

Best regards,
Amazon Web Services
""" + FOOT_CONSOLE % C, note="Closing notice worded as a courtesy; the answer must go through the console.")

    msg("case_update", False, C, [], frm=AWSC, to=[ME_P],
        subj="RE:[CASE %s] Exam appointment missing after certification account merge" % C, date="2025-12-07 02:18",
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>Thank you for adding the registration ID in the Support Center. I've passed your case to our exam delivery team, who can re-link the appointment to your merged account. Expect an update within 2&ndash;3 business days.</p>
<p><b>While you wait &ndash; common questions</b></p>
<ul>
<li><b>Can I still sit the exam on the 19th?</b> Yes, the appointment itself is unchanged.</li>
<li><b>Will my score go to the right account?</b> Once re-linked, yes.</li>
<li><b>Do I need to contact Pearson VUE?</b> No.</li>
</ul>
<p>Best regards,<br>Aisha M.<br>Amazon Web Services</p>
<p style="font-size:11px">To see all the details of this case and reply, please visit the Support Center:
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (C, C), note="FAQ-looking update whose questions are all answered; asks nothing.")

    msg("resolved", False, C, [], frm=AWSC, to=[ME_P],
        subj="RE:[CASE %s] Exam appointment missing after certification account merge" % C, date="2025-12-08 06:44",
        text="""Hello,

Your DOP-C02 appointment on 19 December is now linked to your merged AWS Certification Account, and you
will see it under Upcoming exams. Your case will now be resolved. If you need more help, you can reopen it
from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence in the Support Center.

Best regards,
Aisha M.
Amazon Web Services
""" + FOOT_CONSOLE % C, note="Console resolution with reopen offer and rating footer.")

    # ---------------- case D: Japanese name correction ----------------
    d_ack = msg("acknowledgement", False, D, [CID_NEW], frm=TCS, to=[ME_P], subj=form_subj(D),
        date="2025-12-08 13:40", charset="shift_jis", cte="b64", text="""森本 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: 認定記録の修正
AWS 候補 ID: AWS07742019
お問い合わせ内容: 認定証の氏名が「Kenzi Morimoto」となっています。「Kenji Morimoto」への修正をお願いします。

通常24時間以内に担当者よりご連絡いたします。すでにケースを作成済みの場合は、同じ内容で別のケースを作成しないでください。

AWS トレーニングと認定 カスタマーサービス
""" % D + FOOT_FORM, note="Japanese acknowledgement in Shift_JIS/base64.")

    msg("unrelated", False, None, [], frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=[ME_P],
        subj="RE:[CASE 176517209930112] [AWS Educate Form Submission] - account-access", date="2025-12-08 15:02",
        text="""Hello,

Thank you for contacting AWS Educate. To look into your access problem, could you tell us the name of the
school or organisation you registered with, and the approximate date you created your account?

Please reply to this email with those details.

Best regards,
AWS Educate Support
""" + FOOT_FORM, note="Other AWS program's form case asking for info: not a T&C case, needs_reply false.")

    d_req = msg("info_request", True, D, [], frm=TCS, to=[ME_P], subj=form_subj(D), date="2025-12-09 02:30",
        irt=d_ack, charset="iso-2022-jp", cte="7bit", text="""森本 健二 様

AWS トレーニングと認定カスタマーサービスの中村でございます。
このたびはご不便をおかけしており、申し訳ございません。

認定記録の氏名を訂正するにあたり、ご本人確認のため、試験当日にご提示いただいた
本人確認書類(パスポート等)に記載されている氏名のローマ字表記を、
大文字・小文字を含めそのままご教示いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP.")

    d_ans = msg("user_reply", False, D, [], frm=ME_PER, to=[FORM], subj=form_subj(D), date="2025-12-09 12:15",
        irt=d_req, charset="iso-2022-jp", cte="7bit", auth=None, text="""中村様

ご連絡ありがとうございます。
パスポートの表記は「MORIMOTO KENJI」です。

よろしくお願いいたします。
森本

2025年12月9日(火) 11:30 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 認定記録の氏名を訂正するにあたり、ご本人確認のため、試験当日にご提示いただいた
> 本人確認書類(パスポート等)に記載されている氏名のローマ字表記を、
> 大文字・小文字を含めそのままご教示いただけますでしょうか。
""", note="Owner answers in Japanese.")

    d_faq = msg("info_request", True, D, [], frm=TCS, to=[ME_P], subj=form_subj(D), date="2025-12-10 04:05",
        irt=d_ans, cte="b64", html="""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>森本 健二 様</p>
<p>ご回答いただき、ありがとうございます。氏名の訂正手続きを進めております。</p>
<p><b>■ よくあるご質問</b></p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Q. 訂正後、過去の認定証も更新されますか？</td><td>A. はい、すべての認定証が新しい氏名で再発行されます。</td></tr>
<tr><td>Q. Credly のバッジはどうなりますか？</td><td>A. 数日以内に新しい氏名で再発行されます。</td></tr>
<tr><td>Q. 試験の再受験は必要ですか？</td><td>A. 必要ありません。</td></tr>
</table>
<p>なお、お客様のケースにつきまして、再発行した認定証 (PDF) をお送りするメールアドレスを本メールへのご返信にてお知らせください。</p>
<p>中村<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>""", note="Japanese FAQ-looking mail; the real question is one line after the FAQ table.")

    msg("certification", False, None, [], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_P],
        subj="AWS 認定の有効期限が近づいています", date="2025-12-11 00:30", charset="utf-8", cte="qp",
        text="""森本 健二 様

お客様が保有する AWS Certified Solutions Architect - Associate の有効期限は 2026年2月14日 です。
認定を維持するには、有効期限までに再認定試験に合格してください。

AWS 認定アカウントにサインインして、特典の 50% 割引バウチャーをご利用いただけます。

AWS 認定
""", note="Japanese certification expiry notice.")

    msg("closing_notice", True, D, [], frm=TCS, to=[ME_P], subj=form_subj(D), date="2025-12-13 03:00",
        irt=d_faq, charset="utf-8", cte="b64", text="""森本 健二 様

ご参考までにお知らせいたします。

12月10日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
本日から5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
ご返信をいただければ、引き続き対応させていただきます。

中村
AWS トレーニングと認定 カスタマーサービス
""", note="Closing notice phrased as 'for your reference' (ご参考までに).")

    d_ans2 = msg("user_reply", False, D, [], frm=ME_PER, to=[FORM], subj=form_subj(D), date="2025-12-13 09:40",
        irt=d_faq, refs=[d_ack, d_req, d_ans, d_faq], auth=None, charset="utf-8", cte="8bit", text="""中村様

返信が遅くなり失礼いたしました。
認定証は kenji.morimoto.84@gmail.com にお送りください。

森本
""", note="Owner answers (8bit UTF-8).")

    msg("resolved", False, D, [], frm=TCS, to=[ME_P], subj=form_subj(D), date="2025-12-15 02:20", irt=d_ans2,
        charset="utf-8", cte="qp", text="""森本 健二 様

認定記録の氏名を「Kenji Morimoto」に訂正し、すべての認定証を再発行いたしました。
再発行した認定証は AWS 認定アカウントの「認定」ページからダウンロードいただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: AWS Training and Certification
Sent: 2025-12-09 02:30
> 本人確認書類(パスポート等)に記載されている氏名のローマ字表記を、
> 大文字・小文字を含めそのままご教示いただけますでしょうか。
""", note="Japanese resolution with 〜がございましたら-style invitation and a quoted old request.")

    msg("survey", False, D, [], frm=TCS, to=[ME_P], subj="カスタマーサービスに関するアンケートのお願い (ケース %s)" % D,
        date="2025-12-15 02:25", charset="utf-8", cte="b64",
        html="""<html><body><p>森本 健二 様</p>
<p>先日はお問い合わせいただき、ありがとうございました。今回の対応について、1分ほどのアンケートにご協力いただけますでしょうか。</p>
<p><a href="https://survey.aws.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>AWS トレーニングと認定</p></body></html>""" % D,
        note="Japanese survey worded in keigo request form, but only asks for a rating.")

    # ---------------- December noise ----------------
    msg("suspicious", False, None, [], frm=TCS, to=[ME_P], subj="RE:[CASE %s] Final notice: certification account scheduled for deletion" % D,
        date="2025-12-16 07:50", auth="fail", reply_to="aws-cert-records@outlook.com", text="""Dear Candidate,

Following your recent name-change request, your certification account failed our identity check and is
scheduled for deletion in 48 hours.

To keep your certifications, reply to this email with your AWS Builder ID email and password, or sign in
at https://aws-training-verify.com/keep to confirm your identity.

AWS Training and Certification
""", note="Real From address and a real case number, but dmarc=fail and a credential request.")

    msg("badge", False, None, [], frm=("Credly", "admin@youracclaim.com"), to=[ME_C],
        subj="Your badge is expiring soon", date="2025-12-16 12:00", auth="pass",
        text="""Hi Kenji,

Your badge "AWS Certified Developer – Associate" issued by Amazon Web Services Training and Certification
will expire on January 20, 2026.

View badge: https://www.youracclaim.com/badges/2f9d6a11-3c7e-4a0b-8d52-91e4b7c0aa31

Credly
""", cte="qp", note="Old Acclaim domain, sent to the company address.")

    msg("unrelated", False, None, [], frm=("Microsoft Support", "supportmail@microsoft.com"), to=[ME_P],
        subj="Case 2512110040007719 - Your case is about to be closed", date="2025-12-17 01:00",
        text="""Hello Kenji,

We haven't heard back from you regarding your Microsoft 365 Family billing question. If we don't receive a
response within 2 business days, this case will be closed. Reply to this email to keep it open.

Thank you,
Microsoft Support
""", note="Another vendor's closing notice: not an AWS T&C case.")

    f_ack = msg("acknowledgement", False, F, [], frm=TCS, to=[ME_P], subj=form_subj(F), date="2025-12-18 04:23",
        cte="7bit", text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: Certificate PDF download returns an error
Correspondence: Since the name correction, downloading any certificate PDF from the Certifications page
shows "Something went wrong (code 502)". Could you check?

We will respond within 24 hours.

Best regards,
AWS Training and Certification Customer Service
""" % (F, F) + FOOT_FORM, note="Acknowledgement that echoes the owner's own question ('Could you check?').")

    msg("certification", False, None, [CID_NEW], frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_P],
        subj="Congratulations on recertifying your AWS Certification!", date="2025-12-18 05:30",
        html="""<html><body><p>Hello Kenji,</p>
<p>Congratulations! You have successfully recertified <b>AWS Certified Developer &ndash; Associate</b>.
Your new expiration date is <b>December 18, 2028</b>.</p>
<p>Candidate ID: AWS07742019</p>
<p>AWS Certification wants to hear from you &mdash; tell us about your exam experience in a short survey.</p>
<p><a href="https://www.aws.training/certification">View my certifications</a></p></body></html>""",
        note="Recertification; contains a survey invitation but is program mail, not a case survey.")

    msg("badge", False, None, [], frm=("Credly", "admin@credly.com"), to=[ME_P],
        subj="Amazon Web Services Training and Certification has issued you a badge", date="2025-12-18 05:45",
        html="""<html><body><p>Hi Kenji,</p><p>You earned <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/0e5b7d9c-1a2f-4c63-b8e4-77f2a1d9c605/accept">Accept badge</a></p></body></html>""",
        cte="b64", note="Credly badge after recertification, HTML-only base64.")

    f_req = msg("info_request", True, F, [], frm=TCS, to=[ME_P], subj=form_subj(F), date="2025-12-19 03:00", irt=f_ack,
        text="""Hello Kenji,

Thanks for reporting this. I tried the same downloads from our side and they work, so the problem seems to be
tied to the browser session. We'd need two things from you to go further: the browser and version you use,
and whether the error also appears in a private window after signing in again.

Thanks,
Yuto T.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Request phrased as 'we'd need' with no please and no question mark.")

    msg("suspicious", False, None, [], frm=("Credly Badges", "notify@credly-badge-claim.com"), to=[ME_P],
        subj="Action needed: your AWS badges will be revoked", date="2025-12-19 09:12", auth="none",
        html="""<html><body><p>Hello,</p><p>Because your AWS Certification account was merged, your badges must be re-claimed
within 24 hours or they will be revoked.</p><p><a href="https://credly-badge-claim.com/login">Re-claim badges</a></p>
<p>Credly Support</p></body></html>""", note="Credly lookalike domain, references the merge.")

    msg("unrelated", False, None, [], frm=("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=[ME_P],
        subj="Your AWS Skill Builder subscription receipt", date="2025-12-20 03:00",
        text="""Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Order reference: SB-7730-9921-4410
Next renewal: January 20, 2026

Manage your subscription: https://skillbuilder.aws/account/subscription
""", note="Skill Builder receipt.")

    msg("user_reply", False, OLD, [CID_OLD], frm=ME_COM, to=[ME_PER],
        subj="FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % OLD,
        date="2025-12-21 14:50", tz=JST, auth=None, charset="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
        text="""自分用の記録。2023年のバウチャー件(候補ID AWS03581264 のとき)。

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 13, 2023 4:12 PM
To: k.morimoto@tessera-sys.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher

Hello Kenji,

Could you tell us which exam you would like the voucher for?

Regards,
AWS Training and Certification
""" % OLD, note="Owner forwards an old 2023 case (11-digit) to himself; the quoted question is old.")

    msg("unrelated", False, None, [], frm=("LinkedIn", "messages-noreply@linkedin.com"), to=[ME_P],
        subj="Kenji, you have a new message from Aiko Tanabe", date="2025-12-22 10:00",
        text="""Aiko Tanabe
Engineering Manager at Northwind Cloud

"Hi Kenji, congrats on the new role! Are you still doing AWS certification study groups?"

Reply: https://www.linkedin.com/messaging/thread/2-ZTk1NjQ2/
""", note="Social message with a question.")

    f_cn = msg("closing_notice", True, F, [], frm=TCS, to=[ME_P], subj=form_subj(F), date="2025-12-23 02:40", irt=f_req,
        text="""Hello Kenji,

As a courtesy, I wanted to let you know that this case will be closed on December 26 since we haven't heard
back about the certificate downloads. Replying to this email before then keeps it open, and I'll pick it up
from there.

Happy holidays,
Yuto T.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Closing notice opening with 'As a courtesy' and no explicit question.")

    msg("unrelated", False, None, [], frm=("クラスメソッド", "info@classmethod.jp"), to=[ME_P],
        subj="【DevelopersIO】年末年始のお知らせと今週の人気記事", date="2025-12-24 01:00", charset="shift_jis", cte="b64",
        hcs="iso-2022-jp", text="""いつもご購読いただきありがとうございます。

今週の人気記事
・AWS認定アカウントの統合をやってみた(2025年版)
・re:Invent 2025 新サービスまとめ

年末年始の休業期間: 12月27日〜1月4日
""", note="Japanese newsletter (Shift_JIS) mentioning account merges in article titles.")

    f_closed = msg("closing_notice", True, F, [], frm=TCS, to=[ME_P], subj=form_subj(F, "RE: "), date="2025-12-27 00:05",
        irt=f_cn, cte="qp", text="""Hello,

Your case %s has been closed because we did not receive a reply within the requested time.

If the certificate downloads still fail, reply to this email with the browser details requested earlier and the
case will be reopened automatically.

AWS Training and Certification Customer Service

> We'd need two things from you to go further: the browser and version you use,
> and whether the error also appears in a private window after signing in again.
""" % F + FOOT_FORM, note="Case already closed for no reply; an answer reopens it (still unanswered, so needs reply).")

    f_ans = msg("user_reply", False, F, [], frm=ME_PER, to=[FORM], subj=form_subj(F, "RE: "), date="2026-01-05 00:30",
        irt=f_closed, auth=None, text="""Hello Yuto,

Sorry for the delay, I was away over the holidays. Chrome 131 on macOS; in a private window the download
still fails with code 502. Firefox 133 works, though.

Kenji
""", note="Owner answers after the case closed (reopens).")

    msg("resolved", False, F, [], frm=TCS, to=[ME_P], subj=form_subj(F, "RE: "), date="2026-01-06 06:10", irt=f_ans,
        text="""Hello Kenji,

Thanks, that was the clue. A stale certificate template was cached for Chromium browsers after your name
correction; we've cleared it and Chrome downloads work again from our test account with your profile. No
further action is required, and this case is now resolved.

Kind regards,
Yuto T.
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Resolution after reopen.")

    # ---------------- case E: voucher at checkout ----------------
    e_ack = msg("acknowledgement", False, E, [], frm=TCS, to=[ME_P], subj=form_subj(E), date="2026-01-08 06:06",
        cte="qp", crlf=True, text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s.

Case ID: %s
Inquiry: Certification - Exam vouchers / benefits
Description: The 50%% discount voucher reinstated under case %s is rejected at checkout with "This voucher is not valid for your account."

Our team usually replies within 24 hours, though some cases need more time to investigate. If you already
have an open case about this, please don't open another one.

AWS Training and Certification Customer Service
""" % (E, E, A) + FOOT_FORM, note="Acknowledgement that also mentions the earlier case number (only E is this message's case).")

    e_hold = msg("on_hold", True, E, [], frm=TCS, to=[ME_P], subj=form_subj(E), date="2026-01-09 01:15", irt=e_ack,
        text="""Hi Kenji,

I reproduced the error. Reinstated vouchers are created on our side but redeemed through the exam
vendor's checkout, and the vendor has to refresh its copy of the voucher before it works. I've raised this
with their voucher team; until they act, your case is on hold and there is nothing more we can do from here.
These refreshes usually take 2-4 business days.

Thanks for bearing with us,
Mateo
AWS Training and Certification Customer Service

Which exam and which country did you pick at checkout, so the vendor refreshes the right catalogue?
""" + FOOT_FORM, note="Hold with the only question placed after the signature, just above the legal footer.")

    e_ans = msg("user_reply", False, E, [], frm=ME_PER, to=[FORM], subj=form_subj(E), date="2026-01-09 03:30", irt=e_hold,
        auth=None, text="""Hi Mateo,

AWS Certified Solutions Architect - Professional (SAP-C02), country Japan, online (OnVUE).

Kenji

> Which exam and which country did you pick at checkout, so the vendor refreshes the right catalogue?
""", note="Owner answers the buried question.")

    msg("on_hold", False, E, [], frm=TCS, to=[ME_P], subj=form_subj(E), date="2026-01-12 02:00", irt=e_ans,
        text="""Hi Kenji,

Thanks, I sent the exam and country to the vendor. Their voucher team confirmed the request but hasn't
finished the refresh yet, so your case remains on hold for now. I'll check again on Wednesday. No action is
needed from you.

Mateo
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Hold update with nothing asked.")

    msg("unrelated", False, None, [], frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=[ME_P],
        subj="Action required: update your AWS communication preferences", date="2026-01-13 16:00",
        html="""<html><body><p>Hello,</p><p>We are updating how we send event and training announcements. Please confirm your
preferences by January 31 to keep receiving AWS newsletters.</p><p><a href="https://pages.awscloud.com/communication-preferences">Update preferences</a></p></body></html>""",
        note="AWS marketing saying 'action required'.")

    msg("case_update", False, E, [], frm=TCS, to=[ME_P], subj=form_subj(E), date="2026-01-14 05:30",
        text="""Hi Kenji,

The vendor has refreshed the voucher and the hold is over. I'm running a test checkout on our side to make
sure it now applies to SAP-C02 in Japan, and will confirm once that's done.

Mateo
AWS Training and Certification Customer Service
""" + FOOT_FORM, note="Hold lifted, still being verified.")

    e_done = msg("resolved", False, E, [], frm=TCS, to=[ME_P], subj=form_subj(E), date="2026-01-15 01:10",
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kenji,</p>
<p>The test checkout worked: the 50% voucher now applies to SAP-C02 in Japan, and you can use it until 2 March 2026.</p>
<p>As a courtesy, we're closing this case now that the voucher works. If anything goes wrong at checkout, just reply within 14 days and it will reopen.</p>
<p>Mateo<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="qp", note="'As a courtesy, we're closing' after the work is done: resolved, not a closing notice.")

    msg("survey", False, E, [], frm=("AWS Customer Service", "no-reply-aws-survey@amazon.com"), to=[ME_P],
        subj="We'd love your feedback on case %s" % E, date="2026-01-15 01:20",
        text="""Hello,

Thank you for contacting AWS Training and Certification. Please take our two-question survey about
case %s:

https://survey.aws.amazon.com/r?c=%s

If you have anything else to add about your experience, you can also reply to this message.

AWS Customer Service
""" % (E, E), note="Survey with a conditional invitation to reply.")

    msg("user_reply", False, None, [], frm=ME_PER, to=[ME_PER], subj="memo: AWS cert 後処理", date="2026-01-15 12:00",
        auth=None, charset="utf-8", cte="b64", text="""- 統合完了 (case %s)
- 氏名訂正 完了 (case %s)
- バウチャー OK (case %s) 3/2まで
- SAP-C02 受験予約する
""" % (A, D, E), note="Owner's note-to-self listing several case numbers (belongs to no single case: null).")

    msg("unrelated", False, None, [], frm=("GitHub", "noreply@github.com"), to=[ME_P],
        subj="[GitHub] A third-party OAuth application has been added to your account", date="2026-01-16 09:00",
        text="""Hey kmorimoto84!

A third-party OAuth application (Credly Badge Sync) with read:user scope was recently authorized to access
your account.

If you did not authorize this, visit https://github.com/settings/applications
""", note="GitHub security notice mentioning Credly.")


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    build()
    c = Counter(k for _, k, _, _, _ in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m[2])))


if __name__ == "__main__":
    main()
