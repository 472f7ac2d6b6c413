#!/usr/bin/env python3
"""Generate the blind-27 held-out corpus (standard library only).

Writes NNN-m.eml and NNN-m.json into the directory this script lives in.
One mailbox owner: Aoi Miki (personal miki.aoi.k@gmail.com, old company
a.miki@kawasemi-sys.co.jp).  Messages are numbered in arrival order.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "miki.aoi.k@gmail.com"
ME_C = "a.miki@kawasemi-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CASE_A = "174942606031744"   # 15 digits, main merge case
CASE_B = "174942624208519"   # 15 digits, duplicate form submission
CASE_C = "13890572641"       # 11 digits, Support Center (console) case
CASE_D = "8830154726"        # 10 digits, 2021 case reopened in 2025
CID_C = "AWS03817265"        # candidate ID of the company profile
CID_P = "AWS07215593"        # candidate ID of the personal profile
CID_U = "AWS05529018"        # candidate ID of a forgotten university profile
ACCT = "408812239015"        # 12-digit AWS account ID (not a case)
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "[AWS Training and Certification Form Submission] - certification"
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

MSGS = []          # (n, raw bytes, label, note)
MIDS = {}          # n -> Message-ID


def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def mid(n, style):
    x = h("mid%d%s" % (n, style), 16)
    y = h("y%d" % n, 12)
    if style == "ses":
        return "<01000197%s-%s-%s-000000@email.amazonses.com>" % (x[:8], x[8:12], y)
    if style == "gmail":
        return "<CAH%s%s=Q@mail.gmail.com>" % (x.upper(), y)
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB8123.jpnprd01.prod.outlook.com>" % (x[:4].upper(), y.upper())
    return "<%s.%s@%s>" % (x, y, style)


def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=cs)


def enc_hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


# ---------------------------------------------------------------- parts
class Leaf:
    def __init__(self, text, ctype="text/plain", charset="utf-8", cte="quoted-printable", extra=""):
        self.text, self.ctype, self.charset, self.cte, self.extra = text, ctype, charset, cte, extra

    def render(self):
        pycs = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(self.charset.lower(), self.charset)
        raw = self.text.encode(pycs)
        if self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif self.cte == "base64":
            body = base64.encodebytes(raw)
        else:
            body = raw if raw.endswith(b"\n") else raw + b"\n"
        hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (
            self.ctype, self.charset, self.extra, self.cte)
        return hdr.encode(), body


class Raw:
    def __init__(self, ctype, body):
        self.ctype, self.body = ctype, body

    def render(self):
        return ("Content-Type: %s\n" % self.ctype).encode(), self.body.encode() if isinstance(self.body, str) else self.body


_BCOUNT = 0


class Multi:
    def __init__(self, subtype, parts, extra=""):
        self.subtype, self.parts, self.extra = subtype, parts, extra

    def render(self):
        global _BCOUNT
        _BCOUNT += 1
        b = "----=_Part_%d_%s" % (_BCOUNT, h("b%d" % _BCOUNT, 16))
        hdr = 'MIME-Version: 1.0\nContent-Type: multipart/%s; boundary="%s"%s\n' % (self.subtype, b, self.extra)
        out = b"This is a multi-part message in MIME format.\n\n"
        for p in self.parts:
            ph, pb = p.render()
            out += ("--%s\n" % b).encode() + ph + b"\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += ("--%s--\n" % b).encode()
        return hdr.encode(), out


def html(body_html, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n%s\n</body></html>\n" % (title, body_html))


# ---------------------------------------------------------------- auth
def auth_gmail(domain, ok=True, mailfrom=None, ip="54.240.27.11", dkim_ok=None, spf="pass"):
    mf = mailfrom or ("0100019%s@email.amazonses.com" % h(domain + ip, 9) if domain == "amazon.com" else "bounce@" + domain)
    dk = ok if dkim_ok is None else dkim_ok
    s = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
         "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
         "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
        "pass" if dk else "fail", domain, h(domain, 8), h(domain + "b", 8),
        spf, mf, "designates" if spf == "pass" else "does not designate", ip, mf,
        "pass" if ok else "fail", "NONE" if ok else "QUARANTINE", domain)
    return s


def auth_m365(domain, ok=True, ip="54.240.8.90"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\n reason=100") % (
        ip, "amazonses.com" if domain == "amazon.com" else domain,
        "pass" if ok else "fail", domain, "pass" if ok else "fail", domain, "pass" if ok else "fail")


def received(to, n, when):
    if to == ME_C:
        return ("from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:17a::9) by\n"
                " TYCPR01MB8123.jpnprd01.prod.outlook.com with HTTPS; %s" % format_datetime(when))
    return ("by 2002:a05:6a20:%s:b0:1f3:%s with SMTP id %s;\n        %s" % (
        h("r%d" % n, 4), h("s%d" % n, 3), h("t%d" % n, 10), format_datetime(when.astimezone(dt.timezone(dt.timedelta(hours=-7))))))


# ---------------------------------------------------------------- add
def add(label, note, *, frm, to, subject, date, body, cc=None, style="ses", reply_to=None,
        in_reply=None, refs=None, auth=None, extra_headers=(), crlf=False, hcs="utf-8", mid_override=None):
    n = len(MSGS) + 1
    m = mid_override or mid(n, style)
    MIDS[n] = m
    hd = []
    if auth is not False:
        hd.append(("Return-Path", "<%s>" % (frm[1] if auth is None else auth[1])))
        hd.append(("Received", received(to[1] if isinstance(to, tuple) else to, n, date)))
        if auth is None:
            domain = frm[1].split("@")[1]
            a = auth_m365(domain) if (to[1] if isinstance(to, tuple) else to) == ME_C else auth_gmail(domain)
        else:
            a = auth[0]
        hd.append(("Authentication-Results", a))
    hd.append(("From", addr(frm[0], frm[1], hcs)))
    hd.append(("To", addr(to[0], to[1], hcs) if isinstance(to, tuple) else to))
    if cc:
        hd.append(("Cc", cc))
    if reply_to:
        hd.append(("Reply-To", reply_to))
    hd.append(("Subject", enc_hdr(subject, hcs)))
    hd.append(("Date", format_datetime(date)))
    hd.append(("Message-ID", m))
    if in_reply:
        ir = MIDS[in_reply] if isinstance(in_reply, int) else in_reply
        hd.append(("In-Reply-To", ir))
        r = refs if refs is not None else [ir]
        r = [MIDS[x] if isinstance(x, int) else x for x in r]
        hd.append(("References", "\n ".join(r)))
    for k, v in extra_headers:
        hd.append((k, v))
    ph, pb = body.render()
    if not isinstance(body, Multi):
        ph = b"MIME-Version: 1.0\n" + ph
    raw = "".join("%s: %s\n" % (k, v) for k, v in hd).encode() + ph + b"\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, raw, label, note))
    return n


def L(kind, case=None, needs=False, cids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def J(y, mo, d, hh, mm, tz=JST):
    return dt.datetime(y, mo, d, hh, mm, 0, tzinfo=tz)


AWS_TC = ("Amazon Web Services", TC)
AWS_NR = ("Amazon Web Services", NOREPLY)
ME_PA = ("Aoi Miki", ME_P)
ME_CA = ("三木 蒼", ME_C)
CONSOLE_FOOT = ("\n\nTo see the details of this case or add a reply, sign in to the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To contact us about an existing case, use the link above.*\n")
FEEDBACK = ("We value your feedback. Please share your experience by rating this correspondence using the\n"
            "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated\n"
            "by selecting the stars in the top right corner of each correspondence within the AWS Support Center.")

# =====================================================================
# 001 Builder ID code
add(L("unrelated"), "Builder ID one-time code (6 digits) from signin.aws; looks official, no case",
    frm=("AWS", "no-reply@signin.aws"), to=ME_P, date=J(2025, 6, 9, 8, 12), style="signin.aws",
    subject="Verify your AWS Builder ID email address",
    body=Leaf("""Hello,

Someone is creating an AWS Builder ID with this email address. Enter the
code below on the verification page to continue:

    730452

The code is valid for 10 minutes. If this wasn't you, you can ignore this
message; no Builder ID will be created without the code.

Amazon Web Services
"""))

# 002 Skill Builder welcome
add(L("unrelated"), "training-platform welcome with calls to action (finish profile) but no case",
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=ME_P, date=J(2025, 6, 9, 8, 20),
    style="aws.training", subject="Welcome to AWS Skill Builder, Aoi",
    body=Multi("alternative", [
        Leaf("""Welcome aboard, Aoi.

Your AWS Skill Builder profile is ready. Two things most new learners do first:
 - pick a learning plan that matches the role you're aiming for
 - connect your certification account so exam benefits show up in one place

Go to Skill Builder: https://skillbuilder.aws/

You are receiving this because you signed up with miki.aoi.k@gmail.com.
"""),
        Leaf(html("<h2>Welcome aboard, Aoi.</h2><p>Your AWS Skill Builder profile is ready.</p>"
                  "<ul><li>Pick a learning plan</li><li>Connect your certification account</li></ul>"
                  "<p><a href=\"https://skillbuilder.aws/\">Go to Skill Builder</a></p>"), "text/html")]))

# 003 ack A
ack_a_text = """Hello,

We have received your request and created case %s for it. Someone from the
AWS Training and Certification team normally answers within one business day,
although some requests need more time while we look into them.

Opening another case for the same request won't speed things up: it splits the
history across cases and usually delays the answer. Please keep everything on
this one.

Summary of what you sent us
---------------------------
Inquiry type:        Certification
Additional detail:   Account Merge
Contact email:       miki.aoi.k@gmail.com
Description:         I'm leaving Kawasemi Systems at the end of June. My
  certifications sit on the account registered with a.miki@kawasemi-sys.co.jp.
  I'd like them moved onto my personal account (miki.aoi.k@gmail.com), which is
  the one I want to keep.

Anything to add? Reply to this message and leave the case number in the subject.

Kind regards,
AWS Training and Certification Customer Service
""" % CASE_A
n_ack_a = add(L("acknowledgement", CASE_A), "ack with 15-digit case; ends in a question-shaped invitation ('Anything to add? Reply...') that is not a request",
              frm=AWS_TC, to=ME_P, date=J(2025, 6, 9, 8, 41), subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
              body=Multi("alternative", [Leaf(ack_a_text),
                                         Leaf(html("<pre style=\"font-family:inherit\">%s</pre>" % ack_a_text), "text/html")]))

# 004 ack B (duplicate, Japanese, ISO-2022-JP)
ack_b_text = """三木 蒼 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

担当者より通常 24 時間以内にご連絡いたしますが、内容によっては
お時間を頂戴する場合がございます。
なお、すでにケースが提起されている場合は、同様のリクエストについて
別のケースを提起しないでください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文: 退職に伴い、会社のメールアドレス (a.miki@kawasemi-sys.co.jp) の
認定アカウントを、個人のアカウント (miki.aoi.k@gmail.com) に統合してください。

補足事項がございましたら、本メールにそのままご返信ください。

Amazon Web Services
""" % CASE_B
n_ack_b = add(L("acknowledgement", CASE_B), "second ack 3 minutes later = duplicate submission; Japanese ISO-2022-JP; conditional 〜がございましたら…ご返信ください",
              frm=AWS_TC, to=ME_P, date=J(2025, 6, 9, 8, 44), subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_A),
              body=Leaf(ack_b_text, charset="iso-2022-jp", cte="7bit"), hcs="iso-2022-jp")

# 005 GitHub merged
add(L("unrelated"), "GitHub 'Merged #412' notification: the word merged, not a cert merge",
    frm=("Kenta Ishii", "notifications@github.com"), to=("kawasemi-sys/infra-modules", ME_P), date=J(2025, 6, 9, 9, 30),
    style="github.com", reply_to="kawasemi-sys/infra-modules <reply+AB3KQ7@reply.github.com>",
    subject="Re: [kawasemi-sys/infra-modules] Add cert-manager chart to base stack (PR #412)",
    extra_headers=[("List-ID", "kawasemi-sys/infra-modules <infra-modules.kawasemi-sys.github.com>"),
                   ("X-GitHub-Reason", "author")],
    body=Leaf("""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kawasemi-sys/infra-modules/pull/412#event-17739201554
You are receiving this because you authored the thread.
""", cte="8bit"))

# 006 user asks to close the duplicate
add(L("user_reply", CASE_B), "user on the duplicate case; mentions both case numbers; English text under a Japanese Gmail reply header",
    frm=ME_PA, to=TC, date=J(2025, 6, 9, 10, 5), style="gmail", auth=False, in_reply=n_ack_b,
    subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_A),
    body=Leaf("""Hello,

I pressed submit twice on the form, so this case is a copy of %s.
Could you close this one? I'll only follow up on the other case.

Thanks,
Aoi Miki

2025年6月9日(月) 8:44 Amazon Web Services <%s>:
%s
""" % (CASE_A, TC, q(ack_b_text)), cte="base64"))

# 007 HR in Shift_JIS
add(L("unrelated"), "company HR mail titled 【要返信】 that asks for a reply (to HR, not support); Shift_JIS",
    frm=("人事総務部", "jinji@kawasemi-sys.co.jp"), to=("三木 蒼", ME_C), date=J(2025, 6, 9, 11, 0), style="kawasemi-sys.co.jp",
    auth=(auth_m365("kawasemi-sys.co.jp", ip="10.4.2.17"), "jinji@kawasemi-sys.co.jp"),
    subject="【要返信】退職手続きに関するご案内", hcs="shift_jis",
    body=Leaf("""三木さん

お疲れさまです。人事総務部の西村です。
6月30日付のご退職に伴い、以下の書類のご提出をお願いします。

  1. 退職届（押印不要、PDF可）
  2. 健康保険証の返却
  3. 貸与PC・入館証の返却日程

6月20日(金)までに、本メールへの返信で返却希望日をお知らせください。
ご不明点は内線 2214 までどうぞ。

人事総務部　西村
""", charset="shift_jis", cte="8bit"), crlf=True)

# 008 duplicate closed
add(L("resolved", CASE_B), "duplicate case closed at the user's request; names the other open case; Outlook-style quote of the user's 'Could you close this one?'",
    frm=AWS_TC, to=ME_P, date=J(2025, 6, 9, 15, 22), in_reply=MIDS[6], refs=[n_ack_b, 6],
    subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_A),
    body=Leaf("""Hi Aoi,

Done. Case %s is closed as a duplicate, and everything carries on under
%s, which stays open with our merge team. Nothing else is needed on
this one.

Best,
Priya
AWS Training and Certification

-----Original Message-----
From: Aoi Miki <miki.aoi.k@gmail.com>
Sent: Monday, June 9, 2025 1:05 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE %s] %s

Hello,

I pressed submit twice on the form, so this case is a copy of %s.
Could you close this one? I'll only follow up on the other case.
""" % (CASE_B, CASE_A, CASE_B, SUBJ_A, CASE_A)))

# 009 billing
add(L("unrelated"), "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases) with a 12-digit account ID",
    frm=AWS_NR, to=ME_P, date=J(2025, 6, 10, 6, 3), subject="Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
    body=Leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period
May 1 - May 31, 2025, is available on the AWS web site. Your account will be
charged the following:

Total: $3.41

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
[AWS ID %s]
""" % ACCT))

# 010 APN hold with a bare question
hold_text = """Hello Aoi,

Thanks for your patience while I looked into this.

The certification profile registered to a.miki@kawasemi-sys.co.jp is linked to
an AWS Partner Network organization (Kawasemi Systems K.K.). Profiles that sit
under a partner organization count toward that partner's certification totals,
so we don't move them while the holder is still listed as an employee; the
partner would otherwise lose credit for an active team member without notice.
For that reason the merge is paused for now.

This is routine and doesn't mean anything is wrong with either account. Once
the partner link is cleared, the merge itself is quick.

What will be your last working day at Kawasemi Systems, and will the company
address still receive mail up to that date? With that I can ask our Partner
team to release the profile.

Regards,
Rohan M.
AWS Training and Certification | Customer Service
"""
n_hold = add(L("on_hold", CASE_A, True), "APN partner hold; the ask is two bare questions after long explanation, no 'please'",
             frm=AWS_TC, to=ME_P, date=J(2025, 6, 10, 13, 47), in_reply=n_ack_a,
             subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A), body=Leaf(hold_text, cte="7bit"))

# 011 phishing lookalike
add(L("suspicious"), "lookalike domain aws-certifications-team.com; passes its own DKIM/DMARC; invents a [CASE] subject",
    frm=("AWS Certification Support", "support@aws-certifications-team.com"), to=ME_P, date=J(2025, 6, 10, 14, 2),
    style="aws-certifications-team.com",
    auth=(auth_gmail("aws-certifications-team.com", ip="193.29.104.66", mailfrom="bounce@aws-certifications-team.com"),
          "bounce@aws-certifications-team.com"),
    subject="RE:[CASE 5520193847] Certification account merge could not be completed",
    body=Multi("alternative", [
        Leaf("""Dear candidate,

Your recent request to merge certification accounts failed identity verification.
To avoid permanent loss of your certifications, please confirm your identity
within 24 hours:

http://aws-certifications-team.com/verify?c=5520193847

AWS Certification Support
"""),
        Leaf(html("<p>Dear candidate,</p><p>Your recent request to merge certification accounts <b>failed identity verification</b>.</p>"
                  "<p>To avoid permanent loss of your certifications, confirm your identity within 24 hours:</p>"
                  "<p><a href=\"http://aws-certifications-team.com/verify?c=5520193847\" style=\"background:#ff9900;padding:8px\">Verify now</a></p>"),
             "text/html")]))

# 012 user answers the hold
ans_hold = """Hi Rohan,

My last day is Monday, June 30. The Kawasemi address keeps working until that
evening; IT shuts the mailbox down after that.

I'm fine with the partner side being told, my manager already knows I'm leaving.

Aoi
"""
n_ans_hold = add(L("user_reply", CASE_A), "user answers the hold; Gmail 'On ... wrote:' quote of the question",
                 frm=ME_PA, to=TC, date=J(2025, 6, 10, 20, 31), style="gmail", auth=False, in_reply=n_hold,
                 refs=[n_ack_a, n_hold], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                 body=Leaf(ans_hold + "\nOn Tue, Jun 10, 2025 at 1:47 PM Amazon Web Services <%s> wrote:\n%s\n" % (TC, q(hold_text))))

# 013 colleague, casual Japanese
add(L("unrelated"), "ex-colleague, casual Japanese, about the APN side; asks HER to reply (to him), no case of its own",
    frm=("堀 雄介", "y.hori@kawasemi-sys.co.jp"), to=("三木 蒼", ME_C), date=J(2025, 6, 11, 10, 15), style="outlook",
    auth=(auth_m365("kawasemi-sys.co.jp", ip="10.4.2.31"), "y.hori@kawasemi-sys.co.jp"),
    subject="APNの件",
    body=Leaf("""三木さん

おつかれー。パートナーセントラルの管理者アドレスにAWSから確認きてたよ。
三木さんの認定をうちの組織から外していいかって内容。退職日6/30で回答しといた。

ついでに、引き継ぎ資料どこに置いたか返信で教えてもらえる？

堀
""", cte="8bit"))

# 014 hold, nothing asked
hold2 = """Hi Aoi,

Thank you, that's all I needed. I've passed the profile to our Partner
Operations team together with your leaving date. They check with the partner
organization's administrator before releasing anything, which normally takes
three to five business days.

The case stays paused until they come back to me. You don't have to do anything
in the meantime; I'll write as soon as there's news.

Regards,
Rohan M.
"""
n_hold2 = add(L("on_hold", CASE_A), "hold waiting on Partner Operations; explicitly nothing to do; quotes the user's answer",
              frm=AWS_TC, to=ME_P, date=J(2025, 6, 11, 16, 40), in_reply=n_ans_hold, refs=[n_ack_a, n_hold, n_ans_hold],
              subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
              body=Leaf(hold2 + "\n> " + "\n> ".join(ans_hold.strip().split("\n")) + "\n"))

# 015 connpass
add(L("unrelated"), "Japanese event reminder (connpass), asks to cancel if not attending",
    frm=("connpass", "no-reply@connpass.com"), to=ME_P, date=J(2025, 6, 12, 9, 0), style="connpass.com",
    subject="【リマインド】JAWS-UG 東京 #58 は明日開催です",
    body=Leaf("""三木 蒼 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #58「資格とキャリアの話をしよう」
日時: 2025/06/13（金）19:00〜21:00
会場: 目黒セントラルスクエア 21F

参加できなくなった場合は、ほかの方のために早めのキャンセル手続きをお願いします。

connpass
"""))

# 016 certmetrics feedback (certification program)
add(L("certification", cids=[CID_C]), "certmetrics invitation to a program survey (certification, not support survey); candidate ID; company mailbox",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, date=J(2025, 6, 12, 11, 20), style="certmetrics.com",
    subject="AWS Certification wants to hear from you",
    body=Multi("alternative", [
        Leaf("""Dear Aoi Miki,

As an AWS Certified individual (Candidate ID: %s), you are invited to share
your views on the AWS Certification program. The questionnaire takes about ten
minutes and closes on July 15, 2025.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/?s=7Q2K

Thank you,
AWS Certification
""" % CID_C),
        Leaf(html("<p>Dear Aoi Miki,</p><p>As an AWS Certified individual (Candidate ID: %s), you are invited to share your views on the AWS Certification program.</p>"
                  "<p><a href=\"https://www.certmetrics.com/amazon/survey/?s=7Q2K\">Start the questionnaire</a></p>" % CID_C), "text/html")]))

# 017 console ack
console_ack = """Hello,

We have received your case %s and it is currently being worked on. You can
expect a response within 24 hours.

Case details
  Subject: Certification account merge - how long does it take?
  Severity: General guidance
  Service: Account and billing
  Account: %s
""" % (CASE_C, ACCT)
n_con_ack = add(L("acknowledgement", CASE_C), "Support Center 'New Support case' mail; 11-digit case beside 12-digit account ID; 'add a reply' footer is not a request",
                frm=AWS_NR, to=ME_P, date=J(2025, 6, 12, 18, 5), subject="Amazon Web Services: New Support case: %s" % CASE_C,
                body=Leaf(console_ack + CONSOLE_FOOT % (CASE_C, "en") + "\nThank you,\nAmazon Web Services\n"))

# 018 transfer
add(L("case_update", CASE_A), "automated reassignment to another team; 'should you want to add something, reply' is optional",
    frm=AWS_TC, to=ME_P, date=J(2025, 6, 13, 9, 30), in_reply=n_hold2, refs=[n_ack_a, n_hold, n_hold2],
    subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
    body=Leaf("""Hello,

This is an automated notice. Case %s has been reassigned from Training
Customer Service (Tier 1) to Certification Operations. The case number doesn't
change and the full history moves with it. Daniela O. is the new owner.

Should you want to add something, reply to this email as usual.

AWS Training and Certification
""" % CASE_A, cte="7bit"), crlf=True)

# 019 console info request, Japanese keigo
con_req = """お客様

AWS サポートにお問い合わせいただき、ありがとうございます。担当の佐伯と申します。

AWS 認定アカウントの統合は、AWS サポートセンター（本コンソール）ではなく、
AWS トレーニングと認定のカスタマーサービスが担当しております。
すでに同チームのフォームからお申し込み済みでしたら、そちらのケースで
手続きが進んでいるものと存じます。

進捗を同チームへ確認いたしますので、フォーム送信時に発行された
ケース番号をお知らせいただけますでしょうか。

なお、本ケースへのご返信はメールではなく、下記の AWS サポートセンターから
お願いいたします。

佐伯
Amazon Web Services
"""
n_con_req = add(L("info_request", CASE_C, True), "console case in Japanese keigo (〜いただけますでしょうか); answer must go to Support Center; feedback footer underneath",
                frm=AWS_NR, to=ME_P, date=J(2025, 6, 13, 11, 2),
                subject="RE:[CASE %s] Certification account merge - how long does it take?" % CASE_C,
                body=Leaf(con_req + "\n" + FEEDBACK + CONSOLE_FOOT % (CASE_C, "ja"), cte="base64"))

# 020 Pearson VUE
add(L("unrelated"), "exam-vendor appointment confirmation with a 9-digit registration ID",
    frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P, date=J(2025, 6, 13, 12, 10), style="pearson.com",
    subject="Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    body=Multi("alternative", [
        Leaf("""Dear Aoi Miki,

Thank you for scheduling with Pearson VUE.

Registration ID: 318204557
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, August 9, 2025, 10:00 JST
Location: Pearson Professional Centers-Tokyo, Japan

To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""),
        Leaf(html("<table border=\"1\" cellpadding=\"4\"><tr><td>Registration ID</td><td>318204557</td></tr>"
                  "<tr><td>Exam</td><td>SAP-C02</td></tr><tr><td>Date</td><td>August 9, 2025 10:00 JST</td></tr></table>"), "text/html")]))

# 021 re:Post answer about merges
add(L("unrelated"), "AWS re:Post notification discussing account merges and replying to support; not a case",
    frm=("AWS re:Post", "no-reply@repost.aws"), to=ME_P, date=J(2025, 6, 14, 7, 45), style="repost.aws",
    subject="Your question received an answer: How long does a certification account merge take?",
    body=Leaf("""Hi Aoi,

A new answer was posted to your question.

  "Merges are handled by the Training and Certification team, not by Support
   Center. After you submit their form they usually write back within a day or
   two asking you to confirm which account to keep; just reply to that email.
   If the old account belonged to a partner company it can take longer."

View the answer: https://repost.aws/questions/QU7Kx2-merge-timing

You can turn off these notifications in your profile settings.
"""))

# 022 Japanese tech newsletter
add(L("unrelated"), "Japanese newsletter whose headline mentions 認定アカウントの統合",
    frm=("クラウド便り編集部", "news@cloudtayori.jp"), to=ME_P, date=J(2025, 6, 14, 8, 0), style="cloudtayori.jp",
    subject="【クラウド便り】今週のAWSアップデートまとめ (6/14号)",
    body=Multi("alternative", [
        Leaf("""今週のトピック

1. 転職時に困らない「AWS認定アカウントの統合」手順まとめ
2. Amazon Bedrock の新モデル提供開始
3. 東京リージョンの新しいインスタンスタイプ

配信停止はこちら: https://cloudtayori.jp/unsubscribe
"""),
        Leaf(html("<h3>今週のトピック</h3><ol><li>転職時に困らない「AWS認定アカウントの統合」手順まとめ</li>"
                  "<li>Amazon Bedrock の新モデル提供開始</li><li>東京リージョンの新しいインスタンスタイプ</li></ol>"), "text/html")]))

# 023 confirmation request, HTML only, base64, CC company
conf_html = """<p>Hello Aoi,</p>
<p>Good news first: Partner Operations has signed off, and the administrator at Kawasemi Systems
confirmed the release of your certification profile. The hold is lifted, so I can move ahead.</p>
<p>These are the profiles I found under your name:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>miki.aoi.k@gmail.com</td><td>a.miki@kawasemi-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>miki.aoi.k@gmail.com</td><td>a.miki@kawasemi-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>miki.aoi.k@gmail.com</td><td>a.miki@kawasemi-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>0</td><td>4</td></tr>
</table>
<p>After a merge only one of these survives. Exam history, certifications, badges and benefits
from the other one are moved across, and its login stops working.</p>
<p>I'll go ahead as soon as you tell me which of the two should be the one you keep.</p>
<p>Daniela O.<br>Certification Operations<br>AWS Training and Certification</p>
""" % (CID_P, CID_C)
conf_plain_for_quote = """Hello Aoi,

Good news first: Partner Operations has signed off, and the administrator at
Kawasemi Systems confirmed the release of your certification profile. The hold
is lifted, so I can move ahead.

These are the profiles I found under your name:

Account #1
Login email: miki.aoi.k@gmail.com
Training notification email: miki.aoi.k@gmail.com
Certification notification email: miki.aoi.k@gmail.com
Candidate ID: %s

Account #2
Login email: a.miki@kawasemi-sys.co.jp
Training notification email: a.miki@kawasemi-sys.co.jp
Certification notification email: a.miki@kawasemi-sys.co.jp
Candidate ID: %s

After a merge only one of these survives. Exam history, certifications, badges
and benefits from the other one are moved across, and its login stops working.

I'll go ahead as soon as you tell me which of the two should be the one you keep.

Daniela O.
Certification Operations
""" % (CID_P, CID_C)
n_conf = add(L("confirmation_request", CASE_A, True, [CID_P, CID_C]),
             "HTML-only table (base64); news (hold lifted) first, the ask is an indirect 'I'll go ahead as soon as you tell me'; CC to company",
             frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, cc=ME_C, date=J(2025, 6, 16, 9, 48),
             in_reply=n_hold2, refs=[n_ack_a, n_hold, n_hold2],
             subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
             body=Leaf(html(conf_html, "Case %s" % CASE_A), "text/html", cte="base64"))

# 024 console closing notice
con_close = """Hello,

We haven't received a reply to our last correspondence on this case. If we
don't hear back, the case will be resolved automatically in 3 days. A case that
has been resolved for more than 14 days can't be reopened.

To keep working with us on this, add a reply in the AWS Support Center.
"""
n_con_close = add(L("closing_notice", CASE_C, True), "console auto-resolve warning; reply only through Support Center",
                  frm=AWS_NR, to=ME_P, date=J(2025, 6, 16, 14, 0), in_reply=n_con_req, refs=[n_con_ack, n_con_req],
                  subject="RE:[CASE %s] Certification account merge - how long does it take?" % CASE_C,
                  body=Leaf(con_close + CONSOLE_FOOT % (CASE_C, "en") + "\nAmazon Web Services\n"))

# 025 bounce of user's email reply to no-reply
my_wrong = """From: Aoi Miki <miki.aoi.k@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE:[CASE %s] Certification account merge - how long does it take?
Date: Mon, 16 Jun 2025 14:18:40 +0900
Message-ID: <CAHX9a2f81bq=Q@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"

The form case number is %s. Thanks!

On Mon, Jun 16, 2025 at 2:00 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> We haven't received a reply to our last correspondence on this case. If we
> don't hear back, the case will be resolved automatically in 3 days.
> To keep working with us on this, add a reply in the AWS Support Center.
""" % (CASE_C, CASE_A)
add(L("unrelated"), "bounce of the user's email reply to no-reply-aws; carries the case subject and the quoted closing warning",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P, date=J(2025, 6, 16, 14, 19), style="mx.google.com",
    auth=(auth_gmail("googlemail.com", ip="209.85.220.41", mailfrom="<>"), ""),
    subject="Delivery Status Notification (Failure)",
    body=Multi("report", [
        Leaf("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Requested action not taken: mailbox unavailable
"""),
        Raw("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 16 Jun 2025 14:18:41 +0900

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Requested action not taken: mailbox unavailable
"""),
        Raw("message/rfc822", my_wrong)], extra='; report-type="delivery-status"'))

# 026 AWS marketing Japanese
add(L("unrelated"), "AWS marketing in Japanese from aws-marketing-email-replies@amazon.com with a conditional reply invitation",
    frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P, date=J(2025, 6, 16, 18, 0),
    subject="AWS Summit Japan 2025 オンデマンド配信のご案内",
    body=Multi("alternative", [
        Leaf("""三木 蒼 様

AWS Summit Japan 2025 にご登録いただき、ありがとうございました。
全セッションのオンデマンド配信を 7 月 31 日まで公開しています。

▼ 視聴はこちら
https://aws.amazon.com/jp/summits/japan/on-demand/

本メールに関するご不明点がございましたら、お気軽にご返信ください。

アマゾン ウェブ サービス ジャパン合同会社
"""),
        Leaf(html("<p>三木 蒼 様</p><p>AWS Summit Japan 2025 のオンデマンド配信を 7 月 31 日まで公開しています。</p>"
                  "<p><a href=\"https://aws.amazon.com/jp/summits/japan/on-demand/\">視聴はこちら</a></p>"), "text/html")]))

# 027 console case update: pointer to the other case
n_con_upd = add(L("case_update", CASE_C), "console update naming the other case's number; says the other team sent details to review, but asks nothing here; feedback footer",
                frm=AWS_NR, to=ME_P, date=J(2025, 6, 17, 11, 30), in_reply=n_con_close, refs=[n_con_ack, n_con_req, n_con_close],
                subject="RE:[CASE %s] Certification account merge - how long does it take?" % CASE_C,
                body=Leaf("""Hello Aoi,

Thank you for adding the form case number in the Support Center.

I checked with the AWS Training and Certification team. Case %s is with
their Certification Operations group, and the owner there has already sent you
the account details to look over. Merges are carried out only by that team, so
the next step happens on their case rather than this one.

I'll keep this Support Center case open for a few more days in case anything
comes up, and resolve it once their side is finished.

Best regards,
Marco B.
Amazon Web Services

%s
""" % (CASE_A, FEEDBACK) + CONSOLE_FOOT % (CASE_C, "en")))

# 028 Jira resolved
add(L("unrelated"), "Jira status change to Resolved; ticket about certificates",
    frm=("Yusuke Hori (Jira)", "jira@kawasemi.atlassian.net"), to=ME_C, date=J(2025, 6, 18, 16, 12), style="atlassian.net",
    subject="[JIRA] (OPS-1182) Rotate ACM certificates for staging",
    body=Leaf("""Yusuke Hori changed the status of OPS-1182 to Resolved.

Rotate ACM certificates for staging
Resolution: Done
Assignee: Aoi Miki

View issue: https://kawasemi.atlassian.net/browse/OPS-1182
"""), crlf=True)

# 029 closing notice A
close_a = """Hi Aoi,

Just circling back on the account choice I sent on Monday. Without it I can't
start the merge, and cases that sit with no customer response get closed
automatically after five business days; for yours that would be Monday, June 23.

A reply from you, even a one-liner, stops that clock. If the case does get
closed in the meantime, answering this email opens it again with the history
intact.

Daniela
"""
n_close_a = add(L("closing_notice", CASE_A, True), "closing warning worded as 'circling back'; quoted Account #1/#2 listing below (candidate IDs only in the quote); QP + CRLF",
                frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 6, 19, 10, 0),
                in_reply=n_conf, refs=[n_ack_a, n_hold, n_hold2, n_conf],
                subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                body=Leaf(close_a + "\nOn Mon, Jun 16, 2025, Daniela O. wrote:\n" + q(conf_plain_for_quote) + "\n"), crlf=True)

# 030 user replies from the company address (Outlook style)
wrong_reply = """Hi Daniela,

Sorry for the slow answer. Please keep Account #1 (miki.aoi.k@gmail.com) and
merge Account #2 into it.

Aoi Miki
"""
n_wrong = add(L("user_reply", CASE_A), "user reply sent from the OLD company address (Outlook top-post over the request; candidate IDs only in the unprefixed Outlook quote)",
              frm=ME_CA, to=TC, date=J(2025, 6, 19, 12, 30), style="outlook", auth=False, in_reply=n_conf,
              refs=[n_ack_a, n_hold, n_hold2, n_conf], subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
              body=Leaf(wrong_reply + """
________________________________
From: Daniela O. via AWS Training and Certification <%s>
Sent: Monday, June 16, 2025 9:48
To: miki.aoi.k@gmail.com <miki.aoi.k@gmail.com>
Cc: 三木 蒼 <a.miki@kawasemi-sys.co.jp>
Subject: RE: [CASE %s] %s

%s""" % (TC, CASE_A, SUBJ_A, conf_plain_for_quote)), crlf=True)

# 031 info request: write from the kept address
wrong_addr = """Hi Aoi,

Thanks, your answer did reach me, but it came from a.miki@kawasemi-sys.co.jp,
which is the address on the account that is going away. A merge instruction has
to come from the address on the account that will remain, here
miki.aoi.k@gmail.com. That protects you from anyone with access to the old
mailbox redirecting your certifications.

So the same confirmation needs to reach me once more, this time sent from
miki.aoi.k@gmail.com. As soon as it lands I'll run the merge, and the case stays
open until then.

Daniela
"""
n_wa = add(L("info_request", CASE_A, True), "asks to resend from the destination address; phrased as a statement ('needs to reach me once more'), no please",
           frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 6, 19, 17, 45),
           in_reply=n_wrong, refs=[n_ack_a, n_conf, n_wrong], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
           body=Leaf(wrong_addr + "\n-----Original Message-----\nFrom: 三木 蒼 <a.miki@kawasemi-sys.co.jp>\nSent: Thursday, June 19, 2025 3:30 AM\n\n" + wrong_reply))

# 032 user confirms from personal, top-posted over long history
final_conf = """Confirmed - please merge Account #2 into Account #1 (miki.aoi.k@gmail.com).
Writing from the gmail address this time. The old account's candidate ID is
%s, in case that helps.

Aoi
""" % CID_C
n_fc = add(L("user_reply", CASE_A, False, [CID_C]), "user confirmation top-posted over three levels of quoted history, new text has one candidate ID",
           frm=ME_PA, to=TC, date=J(2025, 6, 19, 21, 2), style="gmail", auth=False, in_reply=n_wa,
           refs=[n_ack_a, n_conf, n_wrong, n_wa], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
           body=Leaf(final_conf + "\nOn Thu, Jun 19, 2025 at 5:45 PM Daniela O. via AWS Training and Certification <%s> wrote:\n%s\n" % (
               TC, q(wrong_addr + "\n-----Original Message-----\nFrom: 三木 蒼 <a.miki@kawasemi-sys.co.jp>\n\n" + wrong_reply + "\n" + conf_plain_for_quote))))

# 033 partial completion, same agent follows up
add(L("case_update", CASE_A, False, [CID_C]), "partial completion: merge done for records, agent will check tomorrow; 'merge is done' but case not finished; asks nothing",
    frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 6, 20, 8, 50),
    in_reply=n_fc, refs=[n_ack_a, n_conf, n_wa, n_fc], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
    body=Leaf("""Hi Aoi,

Got it. The merge has run for certifications and exam history: %s is now
folded into Account #1. The transcript and benefits pages are rebuilt by an
overnight job, so they may look incomplete until tomorrow. I'll look at them in
the morning and write again. Nothing needed from you today.

Daniela
""" % CID_C, cte="7bit"))

# 034, 035 Credly
add(L("badge"), "Credly badge issued after merge; 'Accept your badge' call to action",
    frm=("Credly", "admin@credly.com"), to=ME_P, date=J(2025, 6, 20, 8, 55), style="credly.com",
    subject="Aoi, you've been issued a new badge by Amazon Web Services Training and Certification",
    body=Multi("alternative", [
        Leaf("""Congratulations, Aoi!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/4f1c9d2e-7a3b-4b61-9c0e-2d8f51a7e6b3/accept
"""),
        Leaf(html("<h2>Congratulations, Aoi!</h2><p>Amazon Web Services Training and Certification has issued you a badge:</p>"
                  "<p><b>AWS Certified Solutions Architect - Associate</b></p>"
                  "<p><a href=\"https://www.credly.com/badges/4f1c9d2e-7a3b-4b61-9c0e-2d8f51a7e6b3/accept\">Accept your badge</a></p>"), "text/html")]))
add(L("badge"), "second Credly badge, different template (HTML only)",
    frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=ME_P, date=J(2025, 6, 20, 8, 56),
    style="credly.com", subject="Your new AWS Certified Cloud Practitioner badge is ready",
    body=Leaf(html("<p>Hi Aoi,</p><p>A digital badge for <b>AWS Certified Cloud Practitioner</b> is waiting for you on Credly.</p>"
                   "<p><a href=\"https://www.credly.com/badges/0b77e2aa-51f0-4c3e-8d44-93a1f6c2d018\">View badge</a></p>"
                   "<p style=\"color:#888\">Credly, Inc. 1 Rockefeller Plaza, New York</p>"), "text/html", cte="quoted-printable"))

# 036 Japanese OOO from colleague
add(L("unrelated"), "Japanese out-of-office auto-reply from a colleague",
    frm=("田辺 真由", "m.tanabe@kawasemi-sys.co.jp"), to=("三木 蒼", ME_C), date=J(2025, 6, 20, 13, 0), style="outlook",
    auth=(auth_m365("kawasemi-sys.co.jp", ip="10.4.2.40"), "m.tanabe@kawasemi-sys.co.jp"),
    subject="自動応答: 認定バッジの件", hcs="iso-2022-jp",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=Leaf("""大変申し訳ございませんが、6月20日（金）から6月24日（火）まで不在にしております。
お急ぎのご用件は、営業部 代表アドレス sales@kawasemi-sys.co.jp までご連絡ください。
戻り次第、順次ご返信いたします。

田辺
""", charset="iso-2022-jp", cte="7bit"))

# 037 partial completion + hold on Benefits team
n_ben = add(L("on_hold", CASE_A), "partial completion; remaining benefit voucher put on hold with another team; 'You don't have to reply'",
            frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 6, 21, 10, 12),
            in_reply=n_fc, refs=[n_ack_a, n_conf, n_wa, n_fc], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
            body=Multi("alternative", [
                Leaf("""Hi Aoi,

Morning check done. Exam history and all four certifications now show on
Account #1, and the Credly badges were re-issued to your gmail address
overnight.

One piece didn't come across: the 50% exam discount benefit from the Kawasemi
account. Benefits live in a separate system my team can't write to, so I've
raised it with the Benefits team and put this case on hold until they reissue
it under Account #1. Their usual turnaround is two to four business days.

You don't have to reply; I'll let you know when it's there.

Daniela
"""),
                Leaf(html("<p>Hi Aoi,</p><p>Morning check done. Exam history and all four certifications now show on Account #1, and the Credly badges were re-issued to your gmail address overnight.</p>"
                          "<p>One piece didn't come across: the 50% exam discount benefit from the Kawasemi account. Benefits live in a separate system my team can't write to, so I've raised it with the Benefits team and put this case <b>on hold</b> until they reissue it under Account #1. Their usual turnaround is two to four business days.</p>"
                          "<p>You don't have to reply; I'll let you know when it's there.</p><p>Daniela</p>"), "text/html")]))

# 038 genuine-looking, dmarc=fail
add(L("suspicious"), "real T&C From address and real case subject, but DKIM/DMARC fail; asks for payment details",
    frm=AWS_TC, to=ME_P, date=J(2025, 6, 23, 2, 14), style="mailer-sx.net",
    auth=(auth_gmail("amazon.com", ok=False, ip="185.234.72.19", mailfrom="info@mailer-sx.net", spf="softfail"), "info@mailer-sx.net"),
    subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
    body=Multi("alternative", [
        Leaf("""Hello,

To finish transferring your exam discount benefit, we need you to confirm the
payment card on file. Complete the form within 24 hours or the benefit will be
forfeited:

https://aws-training-benefits.support-portal.io/confirm

AWS Training and Certification
"""),
        Leaf(html("<p>Hello,</p><p>To finish transferring your exam discount benefit, we need you to confirm the payment card on file.</p>"
                  "<p><a href=\"https://aws-training-benefits.support-portal.io/confirm\">Confirm now</a></p>"), "text/html")]))

# 039 console resolved
n_con_res = add(L("resolved", CASE_C), "console case resolved because the other team finished; 'you can reopen' and rating footer",
                frm=AWS_NR, to=ME_P, date=J(2025, 6, 23, 9, 40), in_reply=n_con_upd, refs=[n_con_ack, n_con_req, n_con_upd],
                subject="RE:[CASE %s] Certification account merge - how long does it take?" % CASE_C,
                body=Leaf("""Hello Aoi,

The Training and Certification team has finished merging your certification
accounts under their case %s, so I'm resolving this Support Center case.
Should anything else come up, you can reopen it from the Support Center within
14 days.

Best regards,
Marco B.
Amazon Web Services

%s
""" % (CASE_A, FEEDBACK) + CONSOLE_FOOT % (CASE_C, "en")))

# 040 console survey
add(L("survey", CASE_C), "console survey with numbered rating links",
    frm=AWS_NR, to=ME_P, date=J(2025, 6, 23, 9, 45), subject="How did we do? AWS Support case %s" % CASE_C,
    body=Multi("alternative", [
        Leaf("""Hello,

Your AWS Support case %s was recently resolved. How satisfied were you with the
support you received? Pick a number from 1 (not at all) to 5 (very):

1 https://aws.amazon.com/survey/s?c=%s&r=1
2 https://aws.amazon.com/survey/s?c=%s&r=2
3 https://aws.amazon.com/survey/s?c=%s&r=3
4 https://aws.amazon.com/survey/s?c=%s&r=4
5 https://aws.amazon.com/survey/s?c=%s&r=5

Amazon Web Services
""" % ((CASE_C,) * 6)),
        Leaf(html("<p>Your AWS Support case %s was recently resolved. How satisfied were you?</p><table><tr>%s</tr></table>" % (
            CASE_C, "".join("<td><a href=\"https://aws.amazon.com/survey/s?c=%s&r=%d\">%d</a></td>" % (CASE_C, i, i) for i in range(1, 6)))), "text/html")]))

# 041 resolved A, with quoted confirmation request
res_a = """<p>Hi Aoi,</p>
<p>The Benefits team has reissued the 50%% exam discount on Account #1. You'll find it under
<b>Benefits</b>, valid until March 31, 2026.</p>
<p>With that, everything from the Kawasemi account is on your personal account, and I've marked this
case resolved. Thanks for bearing with the partner step.</p>
<p>Daniela</p>
<hr>
<div style="color:#555"><p><b>From:</b> Daniela O. via AWS Training and Certification<br><b>Sent:</b> Monday, June 16, 2025 9:48<br>
<b>Subject:</b> RE: [CASE %s] %s</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>
""" % (CASE_A, SUBJ_A, conf_html)
n_res_a = add(L("resolved", CASE_A), "resolution above a quoted copy of the confirmation request (table + ask, candidate IDs only in quote); multipart QP",
              frm=("Daniela O. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 6, 24, 11, 5),
              in_reply=n_ben, refs=[n_ack_a, n_conf, n_fc, n_ben], subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
              body=Multi("alternative", [
                  Leaf("""Hi Aoi,

The Benefits team has reissued the 50%% exam discount on Account #1. You'll find
it under Benefits, valid until March 31, 2026.

With that, everything from the Kawasemi account is on your personal account,
and I've marked this case resolved. Thanks for bearing with the partner step.

Daniela

> From: Daniela O. via AWS Training and Certification
> Sent: Monday, June 16, 2025 9:48
%s
""" % q(conf_plain_for_quote)),
                  Leaf(html(res_a), "text/html")]))

# 042 survey A
add(L("survey", CASE_A), "T&C survey from the case address with case subject; 'would you recommend' question",
    frm=AWS_TC, to=ME_P, date=J(2025, 6, 24, 11, 30), subject="Tell us about your experience - Case %s" % CASE_A,
    body=Leaf("""Hello,

Case %s was recently resolved. How likely are you to recommend AWS Training
and Certification support to a colleague?

0 - 10: https://survey.aws.training/csat?case=%s

The questionnaire has two questions and stays open for 14 days.
""" % (CASE_A, CASE_A), cte="7bit"))

# 043 other vendor ticket closed
add(L("unrelated"), "other vendor's support ticket 'solved and closed', reply reopens it",
    frm=("Datadog Support", "support@datadoghq.com"), to=ME_C, date=J(2025, 6, 25, 4, 10), style="datadoghq.com",
    subject="[Datadog] Request #1928374: Log rehydration stuck at 0% has been solved",
    body=Leaf("""Hello Aoi,

Your request #1928374 "Log rehydration stuck at 0%" has been marked as solved
and will close in 4 days. If the issue is still there, simply reply to this
email and the ticket will reopen.

Datadog Support
"""))

# 044 certmetrics expiry
add(L("certification", cids=[CID_P]), "certification expiry notice to the personal address after merge; candidate ID",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, date=J(2025, 6, 25, 9, 0), style="certmetrics.com",
    subject="Your AWS Certified Cloud Practitioner certification expires in 90 days",
    body=Leaf("""Hello Aoi,

Your AWS Certified Cloud Practitioner certification (Candidate ID %s) will
expire on September 23, 2025. To keep it active, pass the current exam version
or a higher-level certification before that date.

Your 50%% discount benefit can be applied when you schedule.

AWS Certification
""" % CID_P))

# 045 Amazon.co.jp order (Shift_JIS, base64)
add(L("unrelated"), "Amazon.co.jp order confirmation (amazon domain, Japanese, Shift_JIS base64)",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P, date=J(2025, 6, 26, 21, 33), style="amazon.co.jp",
    subject="Amazon.co.jp ご注文の確認", hcs="shift_jis",
    body=Leaf("""三木 蒼 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送する準備ができ次第、改めてお知らせいたします。

注文番号: 250-4418203-7720913
お届け予定: 6月28日(土)
商品: USB-C ドッキングステーション　1点

ご注文内容の確認・変更は「注文履歴」から行えます。

Amazon.co.jp
""", charset="shift_jis", cte="base64"))

# 046 user forwards the 2021 case D to herself
old_d = """Hello Aoi,

The English as a Second Language accommodation (+30 minutes) has been added to
your certification profile, Candidate ID %s. It applies to every AWS
Certification exam you schedule from today.

This case is now resolved. If you have any further questions, just reply.

Best regards,
Sofia R.
AWS Training and Certification
""" % CID_C
n_fwd = add(L("user_reply", CASE_D), "user forwards a 2021 resolved mail from company to personal address before the mailbox closes; 10-digit case; candidate ID only inside the forwarded part",
            frm=ME_CA, to=ME_P, date=J(2025, 6, 27, 17, 50), style="outlook",
            auth=(auth_gmail("kawasemi-sys.co.jp", ip="40.107.74.58", mailfrom=ME_C), ME_C),
            subject="FW: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            body=Leaf("""退職前に自分用に転送。2021年の試験時間延長（ESL +30）の件。

________________________________
From: Amazon Web Services <%s>
Sent: Thursday, March 4, 2021 14:20
To: 三木 蒼 <a.miki@kawasemi-sys.co.jp>
Subject: RE:[CASE %s] %s

%s""" % (TC, CASE_D, SUBJ_D, old_d)))

# 047 company IT mailbox shutdown
add(L("unrelated"), "company IT notice (ISO-2022-JP) about mailbox shutdown",
    frm=("情報システム部", "it-helpdesk@kawasemi-sys.co.jp"), to=("三木 蒼", ME_C), date=J(2025, 6, 30, 9, 0),
    style="kawasemi-sys.co.jp", auth=(auth_m365("kawasemi-sys.co.jp", ip="10.4.2.9"), "it-helpdesk@kawasemi-sys.co.jp"),
    subject="【お知らせ】退職者メールボックスの停止について", hcs="iso-2022-jp",
    body=Leaf("""三木 蒼 様

情報システム部です。
本日 18:00 をもって、a.miki@kawasemi-sys.co.jp のメールボックスを停止します。
停止後は受信メールを保存せず、転送設定も行いません。
必要なメールは本日中に各自で退避してください。

情報システム部
""", charset="iso-2022-jp", cte="7bit"))

# 048 new company onboarding
add(L("unrelated"), "new employer's onboarding mail asking for a reply (not support)",
    frm=("Hoshizora Labs People Team", "people@hoshizora-labs.io"), to=ME_P, date=J(2025, 7, 1, 8, 30), style="hoshizora-labs.io",
    subject="Welcome aboard, Aoi - a few things before your first week",
    body=Leaf("""Hi Aoi,

We're so glad you're joining Hoshizora Labs! Before your laptop ships, could you
reply with:
  - Mac or Linux
  - keyboard layout (JIS / US)
  - preferred display name in Slack

See you on Monday,
Naomi, People Team
"""))

# 049 bounce from old company server
add(L("unrelated"), "Microsoft 'Undeliverable' bounce: old company address no longer exists",
    frm=("Microsoft Outlook", "postmaster@kawasemisys.onmicrosoft.com"), to=ME_P, date=J(2025, 7, 2, 12, 4),
    style="kawasemisys.onmicrosoft.com",
    auth=(auth_gmail("kawasemisys.onmicrosoft.com", ip="40.107.74.58", mailfrom="<>"), ""),
    subject="Undeliverable: test from gmail",
    body=Leaf("""Your message to a.miki@kawasemi-sys.co.jp couldn't be delivered.

a.miki wasn't found at kawasemi-sys.co.jp.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""))

# 050 user reopens A, subject without case number
reopen = """Hi Daniela,

Sorry to come back after you wrapped everything up. I just noticed that my
Developer - Associate (passed in September 2022) isn't listed on the merged
account. Everything else looks right. Could someone take a look?

Aoi
"""
n_reopen = add(L("user_reply", CASE_A), "reopening mail with a fresh subject and no case number; belongs to the case only via In-Reply-To/References",
               frm=ME_PA, to=TC, date=J(2025, 7, 3, 22, 14), style="gmail", auth=False, in_reply=n_res_a,
               refs=[n_ack_a, n_conf, n_fc, n_ben, n_res_a], subject="Developer Associate missing after merge",
               body=Leaf(reopen, cte="7bit"))

# 051 info request after reopen (bare question)
reo_req = """Hello Aoi,

I'm picking this up while Daniela is away, and I've reopened the case.

Account #1 now carries two candidate IDs, %s (its own) and %s (merged
from Kawasemi). I went through the exam history on both and there's no
Developer - Associate attempt on either, which usually means the exam was taken
under a third profile.

Your score report or the Pearson VUE confirmation from 2022 shows the candidate
ID that was used. Which one is printed there?

Kenji T.
Certification Operations
""" % (CID_P, CID_C)
n_reo_req = add(L("info_request", CASE_A, True, [CID_P, CID_C]), "reopened case; the ask is one bare question at the end after an explanation; two candidate IDs in new text",
                frm=("Kenji T. via AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 4, 10, 20),
                in_reply=n_reopen, refs=[n_ack_a, n_res_a, n_reopen],
                subject="RE:[CASE %s] Developer Associate missing after merge" % CASE_A,
                body=Leaf(reo_req + "\n\n" + q(reopen) + "\n"))

# 052 user gives the third candidate ID
ans_reo = """Found it: the 2022 score report says %s. I think I registered with
my university address back then (aoi.miki@st.nagisa-u.ac.jp, no longer active).
The Pearson VUE registration number on that booking was 224019883.

Aoi
""" % CID_U
n_ans_reo = add(L("user_reply", CASE_A, False, [CID_U]), "user answer with a new candidate ID and a 9-digit registration number; quote holds the other IDs",
                frm=ME_PA, to=TC, date=J(2025, 7, 4, 19, 2), style="gmail", auth=False, in_reply=n_reo_req,
                refs=[n_ack_a, n_res_a, n_reopen, n_reo_req],
                subject="RE:[CASE %s] Developer Associate missing after merge" % CASE_A,
                body=Leaf(ans_reo + "\nOn Fri, Jul 4, 2025 at 10:20 AM Kenji T. via AWS Training and Certification <%s> wrote:\n%s\n" % (TC, q(reo_req))))

# 053 Japanese confirmation request (keigo), third account
conf3 = """三木 様

いつもお世話になっております。AWS トレーニングと認定の池田でございます。
本件は Kenji より引き継ぎ、担当させていただきます。

お知らせいただいた候補 ID %s を確認いたしましたところ、下記のとおり
別の認定アカウントとして登録されておりました。2022 年 9 月の
Developer - Associate の合格記録も、こちらのアカウントに紐づいております。

Account #1（統合先）
  ログインメール: miki.aoi.k@gmail.com
  トレーニング通知メール: miki.aoi.k@gmail.com
  認定通知メール: miki.aoi.k@gmail.com

Account #3
  ログインメール: aoi.miki@st.nagisa-u.ac.jp
  トレーニング通知メール: aoi.miki@st.nagisa-u.ac.jp
  認定通知メール: aoi.miki@st.nagisa-u.ac.jp
  候補 ID: %s

Account #3 を Account #1 へ統合してよろしいでしょうか。統合後は Account #3 に
ログインできなくなりますので、差し支えなければその旨ご返信いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

池田
AWS トレーニングと認定 カスタマーサービス
""" % (CID_U, CID_U)
n_conf3 = add(L("confirmation_request", CASE_A, True, [CID_U]), "Japanese keigo confirmation (Account #1 / Account #3), multipart base64 UTF-8",
              frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 7, 10, 15),
              in_reply=n_ans_reo, refs=[n_ack_a, n_reopen, n_reo_req, n_ans_reo],
              subject="RE:[CASE %s] Developer Associate missing after merge" % CASE_A,
              body=Multi("alternative", [Leaf(conf3, cte="base64"),
                                         Leaf(html("<pre style=\"font-family:inherit\">%s</pre>" % conf3), "text/html", cte="base64")]))

# 054 user Japanese reply with Japanese reply header
yes3 = """池田様

ご確認ありがとうございます。
Account #3 を Account #1 に統合してください。よろしくお願いいたします。

三木
"""
n_yes3 = add(L("user_reply", CASE_A), "short Japanese confirmation under a Japanese Gmail reply header (quote holds candidate ID)",
             frm=("三木 蒼", ME_P), to=TC, date=J(2025, 7, 7, 12, 40), style="gmail", auth=False, in_reply=n_conf3,
             refs=[n_ack_a, n_reo_req, n_ans_reo, n_conf3],
             subject="Re: RE:[CASE %s] Developer Associate missing after merge" % CASE_A,
             body=Leaf(yes3 + "\n2025年7月7日(月) 10:15 AWS Training and Certification <%s>:\n\n%s\n" % (TC, q(conf3)), cte="8bit"))

# 055 Japanese resolution, quotes the request
res3 = """三木 様

池田でございます。
Account #3 の Account #1 への統合が完了いたしました。Developer - Associate の
認定および試験履歴が Account #1 に表示されていることを確認しております。
Credly のデジタルバッジも順次発行されます。

本件につきまして、お客様に追加でご対応いただく事項はございません。
本ケースは解決済みとさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

池田
AWS トレーニングと認定 カスタマーサービス
"""
n_res3 = add(L("resolved", CASE_A), "Japanese resolution with 'no further action' + conditional reply invitation, above the quoted keigo request",
             frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 8, 9, 30),
             in_reply=n_yes3, refs=[n_ack_a, n_conf3, n_yes3],
             subject="RE:[CASE %s] Developer Associate missing after merge" % CASE_A, hcs="iso-2022-jp",
             body=Leaf(res3 + "\n-----Original Message-----\n" + yes3 + "\n> " + "\n> ".join(conf3.strip().split("\n")) + "\n",
                       charset="iso-2022-jp", cte="7bit"))

# 056 Credly DVA
add(L("badge"), "Credly badge for the recovered certification, HTML only",
    frm=("Credly", "admin@credly.com"), to=ME_P, date=J(2025, 7, 8, 9, 41), style="credly.com",
    subject="You've earned a badge: AWS Certified Developer - Associate",
    body=Leaf(html("<p>Aoi, you earned a new badge!</p><table><tr><td><img src=\"https://images.credly.com/size/110x110/images/dva.png\" alt=\"\"></td>"
                   "<td><b>AWS Certified Developer - Associate</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>"
                   "<p><a href=\"https://www.credly.com/earner/earned/badge/91e3a0c4-55de-4d2b-b0a7-3c1f08e4b2a6\">Claim and share</a></p>"),
              "text/html", cte="quoted-printable"))

# 057 Japanese survey for A
add(L("survey", CASE_A), "Japanese survey worded as a keigo request (〜いただけますでしょうか) but needs no reply to support",
    frm=("AWS トレーニングと認定", TC), to=ME_P, date=J(2025, 7, 8, 10, 0),
    subject="[CASE %s] サポート対応へのご評価のお願い" % CASE_A,
    body=Leaf("""三木 蒼 様

先日はお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。
所要時間は 1 分ほどです。

https://survey.aws.training/csat?case=%s&lang=ja

AWS トレーニングと認定
""" % CASE_A))

# 058 user reopens the 2021 case D (reply to her own forward)
d_ask = """AWS トレーニングと認定 ご担当者様

2021年にこちらのケースで、英語を母国語としない受験者向けの試験時間延長
（ESL +30）を登録していただいた三木と申します。

その後、認定アカウントを統合し、現在は miki.aoi.k@gmail.com のアカウントを
使用しております。8月に SAP-C02 を受験予定なのですが、予約画面に延長措置が
表示されません。統合後のアカウントにも同じ措置を適用していただくことは
可能でしょうか。

お手数ですが、よろしくお願いいたします。

三木 蒼
"""
n_d1 = add(L("user_reply", CASE_D), "user reopens a 2021 case by replying to her own forward ('Re: FW: RE:[CASE ...]'), polite Japanese",
           frm=("三木 蒼", ME_P), to=TC, date=J(2025, 7, 9, 21, 5), style="gmail", auth=False, in_reply=n_fwd,
           subject="Re: FW: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf(d_ask + "\n2025年6月27日(金) 17:50 三木 蒼 <a.miki@kawasemi-sys.co.jp>:\n\n" + q(
               "退職前に自分用に転送。\n\nFrom: Amazon Web Services <%s>\nSent: Thursday, March 4, 2021 14:20\n\n%s" % (TC, old_d)) + "\n",
               cte="base64"))

# 059 info request D, keigo, ISO-2022-JP
d_req = """三木 蒼 様

AWS トレーニングと認定の山本でございます。
ご連絡いただき、誠にありがとうございます。2021 年にクローズしておりました
ケース %s を再開し、対応を引き継がせていただきました。

試験時間延長の措置は認定アカウントではなく、Pearson VUE 側の受験者
プロファイルに紐づいて管理されております。統合によって受験者プロファイルが
切り替わったため、措置が表示されなくなったものと考えられます。

再登録の手配を進めるにあたり、下記の 2 点をお知らせいただけますでしょうか。
・受験予定の試験名および受験予定日
・Pearson VUE の登録 ID（予約確認メールに記載の 9 桁の番号）

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサービス
""" % CASE_D
n_d2 = add(L("info_request", CASE_D, True), "reopened 10-digit case; formal keigo list of two items to send",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 10, 11, 12),
           in_reply=n_d1, refs=[n_fwd, n_d1], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), hcs="iso-2022-jp",
           body=Leaf(d_req, charset="iso-2022-jp", cte="7bit"), crlf=True)

# 060 Builder ID code, other sender
add(L("unrelated"), "Builder ID sign-in code from login.awsapps.com (6 digits)",
    frm=("AWS", "no-reply@login.awsapps.com"), to=ME_P, date=J(2025, 7, 10, 19, 40), style="login.awsapps.com",
    subject="AWS Builder ID sign-in verification code",
    body=Leaf("""Your verification code is 518207

Enter this code to finish signing in to your AWS Builder ID. It expires in
10 minutes. AWS will never ask you for this code by phone or email.
"""))

# 061 Slack digest
add(L("unrelated"), "Slack digest from the new job (mentions 'reply')",
    frm=("Slack", "feedback@slack.com"), to=ME_P, date=J(2025, 7, 11, 8, 0), style="slack.com",
    subject="[Slack] 5 new messages from Hoshizora Labs",
    body=Leaf("""Hi Aoi,

You have 5 unread messages in Hoshizora Labs.

#platform  Naomi: can you reply in the thread about the VPN rollout?
#random    Ken: lunch at 12:30?

Open Slack: https://hoshizora-labs.slack.com
"""))

# 062 closing notice D, very formal, no explicit ask
d_close = """三木 蒼 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
山本でございます。

7 月 10 日にお送りいたしましたご案内につきまして、その後のご状況は
いかがでしょうか。

恐れ入りますが、7 月 17 日（木）までにご返信を賜れない場合、本ケースは
いったんクローズとさせていただきます。クローズ後であっても、本メールに
ご返信いただければケースは再開され、引き続き担当させていただきます。

ご多用のところ恐縮ではございますが、何卒よろしくお願い申し上げます。

山本
"""
n_d3 = add(L("closing_notice", CASE_D, True), "ultra-formal Japanese closing notice (賜れない場合…クローズ); no explicit ask; quotes the earlier request",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 14, 9, 5),
           in_reply=n_d2, refs=[n_fwd, n_d1, n_d2], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf(d_close + "\n--- 7月10日のメール ---\n" + q(d_req) + "\n"))

# 063 user answers D
d_ans = """山本様

ご返信が遅くなり、申し訳ありません。

・試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
・受験予定日: 2025年8月9日
・Pearson VUE 登録 ID: 318204557

なお、統合後の候補 ID は %s です。

三木
""" % CID_P
n_d4 = add(L("user_reply", CASE_D, False, [CID_P]), "Japanese answer with 9-digit registration ID and one candidate ID",
           frm=("三木 蒼", ME_P), to=TC, date=J(2025, 7, 14, 12, 48), style="gmail", auth=False, in_reply=n_d3,
           refs=[n_fwd, n_d1, n_d2, n_d3], subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D), hcs="iso-2022-jp",
           body=Leaf(d_ans + "\n2025年7月14日(月) 9:05 AWS Training and Certification <%s>:\n\n%s\n" % (TC, q(d_close)),
                     charset="iso-2022-jp", cte="7bit"))

# 064 hold on vendor + plain ask
d_hold = """三木さん

ありがとうございます。Pearson VUE の配慮措置チームに再登録を依頼しました。
先方の回答を待つ間、このケースは保留になります。

先方から受験者プロファイルの照合を求められています。Pearson VUE の
アカウントに登録しているメールアドレスと、登録名（ローマ字）を
このメールへの返信で教えてください。

山本
"""
n_d5 = add(L("on_hold", CASE_D, True), "vendor hold that also asks something, plain 〜ください style",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 15, 10, 30),
           in_reply=n_d4, refs=[n_d1, n_d2, n_d3, n_d4], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf(d_hold, cte="8bit"))

# 065 user answers
n_d6 = add(L("user_reply", CASE_D), "one-line Japanese answer",
           frm=("三木 蒼", ME_P), to=TC, date=J(2025, 7, 15, 13, 2), style="gmail", auth=False, in_reply=n_d5,
           refs=[n_d1, n_d2, n_d3, n_d4, n_d5], subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf("山本様\n\n登録メールは miki.aoi.k@gmail.com、登録名は AOI MIKI です。\n\n三木\n\n" + q(d_hold) + "\n"))

# 066 hold, no ask, Japanese standard polite
n_d7 = add(L("on_hold", CASE_D), "Japanese hold waiting on the exam vendor; 'お客様にご対応いただくことはございません'",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 16, 9, 50),
           in_reply=n_d6, refs=[n_d1, n_d2, n_d4, n_d5, n_d6], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Multi("alternative", [
               Leaf("""三木 様

ご返信ありがとうございます。いただいた情報を Pearson VUE へ連携いたしました。
現在、先方での確認待ちとなっております（通常 3〜5 営業日）。

現時点でお客様にご対応いただくことはございません。
進展がありしだい、こちらからご連絡いたします。

山本
"""),
               Leaf(html("<p>三木 様</p><p>ご返信ありがとうございます。いただいた情報を Pearson VUE へ連携いたしました。"
                         "現在、先方での確認待ちとなっております（通常 3〜5 営業日）。</p>"
                         "<p>現時点でお客様にご対応いただくことはございません。進展がありしだい、こちらからご連絡いたします。</p><p>山本</p>"),
                    "text/html")]))

# 067 Japanese phishing lookalike
add(L("suspicious"), "Japanese phishing from lookalike amazon-certsupport.com (passes its own auth)",
    frm=("AWS トレーニングと認定", "support@amazon-certsupport.com"), to=ME_P, date=J(2025, 7, 17, 7, 33),
    style="amazon-certsupport.com",
    auth=(auth_gmail("amazon-certsupport.com", ip="103.151.44.20", mailfrom="mail@amazon-certsupport.com"), "mail@amazon-certsupport.com"),
    subject="【重要】認定アカウント統合の最終確認（本日中）",
    body=Leaf(html("<p>お客様</p><p>認定アカウントの統合手続きが保留中です。本日中に下記よりログインし、本人確認を完了してください。</p>"
                   "<p>完了いただけない場合、保有資格はすべて失効します。</p>"
                   "<p><a href=\"https://amazon-certsupport.com/jp/login\">本人確認を行う</a></p>"), "text/html", cte="base64"))

# 068 Pearson VUE accommodation mail
add(L("unrelated"), "exam-vendor accommodation notice with its own reference number; says no action needed",
    frm=("Pearson VUE Accommodations", "accommodations@pearson.com"), to=ME_P, date=J(2025, 7, 18, 2, 20), style="pearson.com",
    subject="Accommodation request received - Reference ACC-0041882",
    body=Leaf("""Dear Aoi Miki,

We have received a request from Amazon Web Services to add an accommodation
(ESL +30 minutes) to your candidate profile. No action is needed from you. If
we need supporting documents, we will contact you separately.

Pearson VUE Accommodations Team
"""))

# 069 case update D (partial)
n_d8 = add(L("case_update", CASE_D), "Japanese status update: vendor finished, display may lag; agent will confirm later",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 18, 15, 0),
           in_reply=n_d7, refs=[n_d1, n_d5, n_d6, n_d7], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf("""三木 様

山本です。Pearson VUE より、延長措置の再登録が完了したと連絡がありました。
ただし、予約画面への反映には最大 2 営業日かかるとのことです。
反映を確認できましたら、改めてご連絡します。

山本
""", cte="quoted-printable"))

# 070 resolved D
n_d9 = add(L("resolved", CASE_D), "Japanese resolution; conditional 'ご返信いただければ対応いたします'",
           frm=("AWS Training and Certification", TC), to=ME_P, date=J(2025, 7, 22, 10, 10),
           in_reply=n_d8, refs=[n_d1, n_d7, n_d8], subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
           body=Leaf("""三木 様

山本でございます。
予約画面で延長措置（+30 分）が表示されていることを確認いたしました。
8 月 9 日のご予約にも適用済みです。

以上をもちまして、本ケースは解決済みとしてクローズいたします。
今後ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

山本
AWS トレーニングと認定 カスタマーサービス
""", cte="base64"))

# 071 survey D (English)
add(L("survey", CASE_D), "English survey for the Japanese-handled 10-digit case",
    frm=AWS_TC, to=ME_P, date=J(2025, 7, 22, 10, 30), subject="We'd value your feedback on case %s" % CASE_D,
    body=Multi("alternative", [
        Leaf("""Hello,

Thanks for contacting AWS Training and Certification. Please rate the help you
received on case %s; it takes under a minute.

Rate now: https://survey.aws.training/csat?case=%s
""" % (CASE_D, CASE_D)),
        Leaf(html("<p>Thanks for contacting AWS Training and Certification.</p><p>Rate the help you received on case %s:</p>"
                  "<p>&#9733; &#9733; &#9733; &#9733; &#9733; <a href=\"https://survey.aws.training/csat?case=%s\">Rate now</a></p>" % (CASE_D, CASE_D)),
             "text/html")]))

# 072 Credly lookalike
add(L("suspicious"), "Credly lookalike credly-badges.net threatening revocation",
    frm=("Credly", "no-reply@credly-badges.net"), to=ME_P, date=J(2025, 7, 23, 4, 51), style="credly-badges.net",
    auth=(auth_gmail("credly-badges.net", ip="45.88.67.201", mailfrom="no-reply@credly-badges.net"), "no-reply@credly-badges.net"),
    subject="Action required: your AWS badges will be revoked",
    body=Leaf("""Hi Aoi,

Because your AWS certification account was merged, your badges must be
re-validated. Sign in within 48 hours or they will be revoked:

https://credly-badges.net/revalidate

Credly Trust & Safety
"""))

# 073 Skill Builder receipt
add(L("unrelated"), "Skill Builder subscription receipt from aws.training",
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=ME_P, date=J(2025, 7, 24, 9, 0), style="aws.training",
    subject="Your AWS Skill Builder Individual subscription receipt",
    body=Leaf("""Thanks for subscribing, Aoi.

Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Order: SB-20250724-88213

Manage your subscription in your Skill Builder account settings.
"""))

# 074 other vendor asks for info
add(L("unrelated"), "another vendor's support ticket asking for details by reply (not AWS)",
    frm=("Sentry Support", "support@sentry.zendesk.com"), to=ME_P, date=J(2025, 7, 25, 3, 15), style="zendesk.com",
    subject="[Sentry] Re: Events dropped after SDK upgrade (#58213)",
    body=Leaf("""##- Please type your reply above this line -##

Hi Aoi,

Thanks for the report. Could you send us the DSN you're using and one sample
event ID from the dropped batch? We'll take it from there.

Maria
Sentry Support
"""))

# 075 free tier alert from no-reply-aws
add(L("unrelated"), "Free Tier usage alert from no-reply-aws@amazon.com with account ID",
    frm=AWS_NR, to=ME_P, date=J(2025, 7, 26, 6, 0),
    subject="AWS Free Tier limit alert",
    body=Leaf("""Hello,

Your AWS account %s has exceeded 85%% of the usage limit for one or more
AWS Free Tier-eligible services for the month of July.

Service: Amazon S3, Usage: 4.3 GB of 5 GB
You can review usage on the Billing console.

Amazon Web Services
""" % ACCT))

# 076 Japanese thank-you from ex-colleague
add(L("unrelated"), "casual Japanese farewell note from an ex-colleague to the personal address",
    frm=("堀 雄介", "yusuke.hori.77@gmail.com"), to=ME_P, date=J(2025, 7, 28, 22, 10), style="gmail",
    auth=(auth_gmail("gmail.com", ip="209.85.220.69", mailfrom="yusuke.hori.77@gmail.com"), "yusuke.hori.77@gmail.com"),
    subject="送別会ありがとう",
    body=Leaf("""三木さん

先週はおつかれ！写真まとめたので共有しとくね。
https://photos.app.goo.gl/xxJ7kq

新しい職場でもがんばって。またそのうち飲もう。

堀
""", cte="8bit"))

# 077 recertification
add(L("certification", cids=[CID_P]), "certmetrics recertification congratulation after the exam",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, date=J(2025, 8, 10, 8, 0), style="certmetrics.com",
    subject="Congratulations on recertifying your AWS Certification!",
    body=Multi("alternative", [
        Leaf("""Hello Aoi,

Congratulations! You have recertified AWS Certified Solutions Architect -
Professional. Your new expiration date is August 9, 2028.
Candidate ID: %s

Your digital badge will be updated on Credly shortly.

AWS Certification
""" % CID_P),
        Leaf(html("<p>Hello Aoi,</p><p>Congratulations! You have recertified <b>AWS Certified Solutions Architect - Professional</b>. "
                  "Your new expiration date is August 9, 2028.</p><p>Candidate ID: %s</p>" % CID_P), "text/html")]))

# 078 Credly renewed badge
add(L("badge"), "Credly renewed badge notice",
    frm=("Credly", "admin@credly.com"), to=ME_P, date=J(2025, 8, 10, 8, 20), style="credly.com",
    subject="Your AWS Certified Solutions Architect - Professional badge has been renewed",
    body=Leaf("""Hi Aoi,

Amazon Web Services Training and Certification has renewed your badge:
AWS Certified Solutions Architect - Professional (valid through 2028-08-09).

Share it: https://www.credly.com/badges/c2d6f0b1-8e4a-4f7c-a2b9-6e01d3f5a7c4
"""))

# 079 calendar invite (unrelated)
add(L("unrelated"), "calendar invitation from the new employer; RSVP is not a support reply",
    frm=("Naomi Ferreira", "naomi@hoshizora-labs.io"), to=ME_P, date=J(2025, 8, 11, 9, 0), style="hoshizora-labs.io",
    subject="Invitation: Certification plan 1:1 @ Wed Aug 13, 2025 15:00 - 15:30 (JST)",
    body=Multi("alternative", [
        Leaf("""Naomi Ferreira has invited you to a meeting.

Certification plan 1:1
Wed Aug 13, 2025 15:00 - 15:30 (JST)
Let's talk about which AWS certifications the team will sponsor this year.

Reply for miki.aoi.k@gmail.com: Yes / Maybe / No
"""),
        Raw('text/calendar; charset="utf-8"; method=REQUEST', """BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250813T060000Z
DTEND:20250813T063000Z
SUMMARY:Certification plan 1:1
ORGANIZER:mailto:naomi@hoshizora-labs.io
ATTENDEE:mailto:miki.aoi.k@gmail.com
UID:8f2e1c@hoshizora-labs.io
END:VEVENT
END:VCALENDAR
""")]))

# 080 certmetrics exam feedback (certification program)
add(L("certification", cids=[CID_P]), "certmetrics post-exam feedback invitation (certification program, not a support survey)",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, date=J(2025, 8, 12, 8, 0), style="certmetrics.com",
    subject="Tell us about your AWS Certification exam experience",
    body=Leaf("""Hello Aoi,

You recently took SAP-C02 (Candidate ID %s). Your feedback on the exam
content and testing experience helps us improve the program.

Share feedback: https://www.certmetrics.com/amazon/feedback/?e=SAPC02

AWS Certification
""" % CID_P))


README_HEAD = """me: %s %s

# blind-27: held-out corpus (one mailbox, %d messages)

Owner: Aoi Miki (三木 蒼). Personal address %s; old company address %s
(Kawasemi Systems K.K., an AWS Partner Network company; mailbox shut down on 2025-06-30).
She leaves Kawasemi on 2025-06-30 and joins Hoshizora Labs. Mail runs 2025-06-09 .. 2025-08-12.
Written blind (only DOMAIN.md, the seeds and BLIND-CORPUS.md were read). Regenerate with `python3 gen.py`.

## Cases
| case | digits | what happens |
|---|---|---|
| %s | 15 | main T&C form merge case: ack -> APN partner hold (asks last day) -> reply -> hold waiting on Partner Operations -> transfer to Certification Operations -> confirmation (HTML table) -> closing warning -> user answers from the OLD address -> asked to resend from the kept address -> confirmation -> partial completion -> hold on Benefits team -> resolved -> reopened by a reply without case number in the subject (threaded by In-Reply-To/References) -> candidate-ID question -> Japanese confirmation for a third profile -> resolved (Japanese) |
| %s | 15 | duplicate form submission (second click): Japanese ack, user asks to close it, closed as duplicate |
| %s | 11 | AWS Support Center (console) case: ack, Japanese request that must be answered in the Support Center, auto-resolve warning, user's email reply bounces, update pointing to the form case, resolved, survey |
| %s | 10 | 2021 case (ESL +30 accommodation) forwarded to herself, reopened in 2025 in Japanese: request, formal closing warning, answer, hold on Pearson VUE with a question, hold without question, status update, resolved, survey |

Numbers that are not case IDs: AWS account %s, Pearson VUE registration IDs 318204557 / 224019883,
one-time codes 730452 / 518207, a phishing "case" 5520193847, vendor tickets #1928374 / #58213.
Candidate IDs: %s (company profile), %s (personal profile), %s (forgotten university profile).

## Messages
| file | kind | needs_reply | case | ids | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme(rows):
    from collections import Counter
    c = Counter(l["kind"] for _, l, _ in rows)
    nr = sum(1 for _, l, _ in rows if l["needs_reply"])
    out = README_HEAD % (ME_P, ME_C, len(rows), ME_P, ME_C, CASE_A, CASE_B, CASE_C, CASE_D, ACCT, CID_C, CID_P, CID_U)
    for base, l, note in rows:
        out += "| %s | %s | %s | %s | %s | %s |\n" % (base, l["kind"], "yes" if l["needs_reply"] else "no",
                                                   l["case"] or "-", " ".join(l["candidate_ids"]) or "-", note.replace("|", "/"))
    out += "\n## Counts\n\n| kind | messages |\n|---|---|\n"
    for k in sorted(c):
        out += "| %s | %d |\n" % (k, c[k])
    out += "\nneeds_reply true: %d of %d.\n" % (nr, len(rows))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(out)


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, raw, label, note in MSGS:
        base = "%03d-m" % n
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, label, note))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
