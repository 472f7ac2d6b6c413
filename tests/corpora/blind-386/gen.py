#!/usr/bin/env python3
"""Blind corpus generator: AWS Training and Certification support-case mailbox.

Standard library only. Writes NNN-msg.eml / NNN-msg.json and README.md next to this script.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import textwrap
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Misaki Okabe"
ME_P = "misaki.okabe.jp@gmail.com"        # personal (Gmail)
ME_C = "m-okabe@kairo-sys.co.jp"          # company (Microsoft 365), closed after 2025-09-30

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
CA = "175798326700412"   # main merge, company -> personal (APN hold)
CB = "175806711000187"   # duplicate form submission of the same request
CC = "175971706400956"   # exam benefit (50% voucher) lost after merge, Japanese
CD = "176059099200341"   # Support Center (console) case: name on certification record
CF = "12093847561"       # 2023 case, reopened: a third account holding a 2021 exam
CG = "176351561500228"   # new employer's partner association

CAND_OLD = "AWS03918475"   # company-address certification account
CAND_NEW = "AWS11640392"   # personal certification account (kept)
CAND_2021 = "AWS07725310"  # stray account from 2021

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))

MSGS = []


def D(s, tz=UTC):
    """'2025-09-16 09:41:07' -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def ses_id(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:10], h[10:18], h[18:22], h[22:26], h[26:38])


def gmail_id(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "_").replace("+", "-").rstrip("=")
    return "<CAK%s@mail.gmail.com>" % h[:40]


def outlook_id(seed):
    h = hashlib.md5(seed.encode()).hexdigest().upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        h[:4], h[4:20], h[20:24])


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)


def subj(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode(maxlinelen=76)


# ---------------------------------------------------------------- MIME leaves
def leaf(ctype, text, charset="utf-8", cte="qp", fmt_flowed=False):
    """Return (header_lines, body_bytes) for a single text part."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    ct = "Content-Type: %s; charset=%s" % (ctype, charset if charset != "utf-8" else "UTF-8")
    if fmt_flowed:
        ct += "; format=flowed"
    if cte == "b64":
        body = base64.encodebytes(raw)
        cte_h = "base64"
    elif cte == "qp":
        body = quopri.encodestring(raw)
        cte_h = "quoted-printable"
    elif cte == "7bit":
        raw.decode("ascii")  # must be pure 7-bit
        body = raw
        cte_h = "7bit"
    elif cte == "8bit":
        body = raw
        cte_h = "8bit"
    else:
        raise ValueError(cte)
    return ([ct, "Content-Transfer-Encoding: " + cte_h], body)


def multi(sub, parts, seed, preamble=None):
    b = "----=_Part_%s_%s" % (int(hx(seed, 6), 16), hx(seed + "b", 12))
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for hdrs, body in parts:
        out += ("--%s\n" % b).encode() + "\n".join(hdrs).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return (['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)], out)


def attach(ctype, filename, data_bytes):
    return (["Content-Type: %s; name=\"%s\"" % (ctype, filename),
             "Content-Disposition: attachment; filename=\"%s\"" % filename,
             "Content-Transfer-Encoding: base64"], base64.encodebytes(data_bytes))


def alt(text, html, seed, charset="utf-8", cte="qp"):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html, charset, cte)], seed)


# ---------------------------------------------------------------- auth results
def ar_gmail(domain, mailfrom, ok=True, dmarc_ok=None, sel="224i4yxa5dv7c7xz"):
    if dmarc_ok is None:
        dmarc_ok = ok
    dk = "pass" if ok else "fail"
    dkim = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dk, domain, sel, hx(domain + mailfrom, 8))
    if ok:
        spf = "spf=pass (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s" % (
            mailfrom, int(hx(mailfrom, 2), 16) % 200 + 20, mailfrom)
    else:
        spf = "spf=softfail (google.com: domain of transitioning %s does not designate 185.225.73.18 as permitted sender) smtp.mailfrom=%s" % (mailfrom, mailfrom)
    pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc_ok else "QUARANTINE")
    dm = "dmarc=%s %s header.from=%s" % ("pass" if dmarc_ok else "fail", pol, domain)
    return "mx.google.com;\n       %s;\n       %s;\n       %s" % (dkim, spf, dm)


def ar_m365(domain, mailfrom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.48.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (r, int(hx(domain, 2), 16) % 200 + 10, mailfrom, r, domain, r, domain, r))


# ---------------------------------------------------------------- the message
def add(kind, reply, case, cands, *, frm, to, subject, date, entity, mid,
        irt=None, refs=None, cc=None, extra=(), auth=None, crlf=False,
        subj_charset="utf-8", reply_to=None, note="", received=None, delivered=None):
    h = []
    if delivered:
        h.append("Delivered-To: " + delivered)
    if received:
        for r in received:
            h.append("Received: " + r)
    if auth:
        h.append("Authentication-Results: " + auth)
    h.append("Date: " + format_datetime(date))
    h.append("From: " + frm)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + subj(subject, subj_charset))
    h.append("Message-ID: " + mid)
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + refs)
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    ehdrs, body = entity
    h.extend(ehdrs)
    raw = "\n".join(h).encode("utf-8") + b"\n\n" + body
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append(dict(raw=raw, label={"kind": kind, "needs_reply": reply,
                                     "case": case, "candidate_ids": list(cands)},
                     note=note, subject=subject))
    return mid


def q(text, prefix="> "):
    """Quote text the way mail clients do."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return "\n".join(out)


def dd(s):
    return textwrap.dedent(s).lstrip("\n")


def rx_ses(date, to_host="mx.google.com"):
    return ["by 2002:a05:7010:8c0e:b0:4a1:%s with SMTP id %s;\n        %s" % (
                hx(str(date), 4), hx(str(date) + "x", 12), format_datetime(date)),
            "from a48-%d.smtp-out.amazonses.com (a48-%d.smtp-out.amazonses.com. [54.240.48.%d])\n"
            "        by %s with ESMTPS id %s; %s" % (
                int(hx(str(date), 2), 16) % 90, int(hx(str(date), 2), 16) % 90,
                int(hx(str(date), 2), 16) % 90, to_host, hx(str(date) + "y", 10), format_datetime(date))]


# =====================================================================================
# September: leaving Kairo Systems, first merge (case A), duplicate (case B)
# =====================================================================================
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
SUBJ_B = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB
TC_FROM = addr("AWS Training and Certification", TC_FORM)

# 001 GitHub merged PR
d = D("2025-09-10 06:14:52")
t = dd("""
    Merged #214 into main.

    --
    Reply to this email directly, view it on GitHub:
    https://github.com/kairo-sys/tf-modules/pull/214#event-19422871305
    You are receiving this because you were mentioned.
    """)
h = dd("""
    <p>Merged <a href="https://github.com/kairo-sys/tf-modules/pull/214">#214</a> into main.</p>
    <p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly,
    <a href="https://github.com/kairo-sys/tf-modules/pull/214#event-19422871305">view it on GitHub</a>.<br>
    You are receiving this because you were mentioned.</p>
    """)
add("unrelated", False, None, [],
    frm=addr("Kenji Morita", "notifications@github.com"), to=addr("kairo-sys/tf-modules", "tf-modules@noreply.github.com"),
    cc=addr("Misaki Okabe", ME_P) + ", " + addr("Mention", "mention@noreply.github.com"),
    subject="Re: [kairo-sys/tf-modules] Merge account-baseline module into main (PR #214)",
    date=d, mid="<kairo-sys/tf-modules/pull/214/issue_event/19422871305@github.com>",
    irt="<kairo-sys/tf-modules/pull/214@github.com>", refs="<kairo-sys/tf-modules/pull/214@github.com>",
    entity=alt(t, h, "gh214", cte="7bit"), auth=ar_gmail("github.com", "noreply@github.com", sel="pf2023"),
    extra=["List-ID: kairo-sys/tf-modules <tf-modules.kairo-sys.github.com>", "X-GitHub-Reason: mention"],
    delivered=ME_P, note="GitHub 'Merged' notification; the word merge and a PR number, no AWS case.")

# 002 colleague, company mailbox, Japanese, asks for reply (not AWS)
d = D("2025-09-11 10:02:33", JST)
t = dd("""
    岡部さん

    お疲れさまです。石田です。
    退職前の引き継ぎ資料(ネットワーク設計・監視まわり)のレビューですが、
    来週 9/17(水)15時〜 か 9/18(木)10時〜 のどちらかで30分いただけますか。
    都合のよい方を金曜までに返信してください。

    それと、AWS認定の件はパートナー管理者の私の方でも確認しておきます。

    石田 健
    株式会社カイロシステムズ クラウド基盤部
    """)
add("unrelated", False, None, [],
    frm=addr("石田 健", "k-ishida@kairo-sys.co.jp"), to=addr("岡部 美咲", ME_C),
    subject="引き継ぎ資料レビューの日程について", date=d, mid=outlook_id("ishida-1"),
    entity=leaf("text/plain", t, "utf-8", "b64"),
    auth=ar_m365("kairo-sys.co.jp", "k-ishida@kairo-sys.co.jp"),
    extra=["X-MS-Has-Attach: ", "Content-Language: ja-JP"],
    note="Colleague asks for an answer by Friday and mentions AWS certification; not support, no reply flag.")

# 003 AWS marketing, HTML only
d = D("2025-09-12 17:30:05")
h = dd("""
    <html><body style="font-family:Arial,sans-serif">
    <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
    <h1 style="color:#232f3e">Seats are going fast for AWS re:Invent 2025</h1>
    <p>Join us in Las Vegas, December 1&ndash;5, for keynotes, hands-on labs and over 2,000 sessions.
    Certified attendees get access to the AWS Certification Lounge &mdash; bring your digital badge.</p>
    <p><a href="https://reinvent.awsevents.com/register/?trk=em_2025_09">Register now</a></p>
    <hr><p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
    410 Terry Avenue North, Seattle, WA 98109. This message was produced and distributed by
    Amazon Web Services, Inc. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>
    </td></tr></table></body></html>
    """)
add("unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Last call: your seat at AWS re:Invent 2025", date=d, mid=ses_id("mkt-reinvent"),
    entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019940abcd@marketing.amazon.com"),
    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>"], delivered=ME_P,
    note="AWS marketing, HTML only, mentions certification lounge and badges.")

# 004 Builder ID verification code
d = D("2025-09-15 12:20:41")
t = dd("""
    Hello,

    Use this verification code to finish creating your AWS Builder ID:

        603418

    The code expires in 30 minutes. If you did not try to create an AWS Builder ID,
    you can ignore this message.

    Amazon Web Services
    """)
add("unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", date=d, mid=ses_id("builderid-603418"),
    entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("signin.aws", "bounce@signin.aws"), delivered=ME_P, received=rx_ses(d),
    note="Builder ID one-time code (6 digits), not case mail.")

# 005 certification account created
d = D("2025-09-15 12:41:10")
t = dd("""
    Hello Misaki Okabe,

    Your AWS Certification account is ready.

    Candidate ID: AWS11640392

    Use this ID when you contact us or schedule an exam. You can see exam history,
    certifications and benefits once you sign in at https://www.aws.training/certification

    AWS Certification
    """)
add("certification", False, None, [CAND_NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Welcome to your AWS Certification account", date=d, mid="<%s.certmetrics@mta02.certmetrics.com>" % hx("welcome"),
    entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("certmetrics.com", "bounces@certmetrics.com", sel="k1"), delivered=ME_P,
    note="Program mail announcing the new (personal) candidate ID; no case.")

# 006 owner's own memo, company -> personal
d = D("2025-09-16 09:20:18", JST)
t = dd("""
    統合前のメモ(自分用)

    旧アカウント(会社): AWS03918475
    新アカウント(個人): AWS11640392

    取得済み:
      - Solutions Architect - Associate (2022-11)
      - Developer - Associate (2023-02)
      - SysOps Administrator - Associate (2024-01)
      - Solutions Architect - Professional (2024-10)
    特典: 50% 割引バウチャー 1枚(2026-03-31まで)、認定ラウンジ
    証明書PDFは全部ダウンロード済み → Google Drive /certs/

    フォームはこのあと個人アドレスで出す。
    """)
add("user_reply", False, None, [CAND_OLD, CAND_NEW],
    frm=addr("岡部 美咲", ME_C), to=ME_P, subject="FW: 認定履歴メモ(統合前)", date=d,
    mid=outlook_id("memo-0916"), entity=leaf("text/plain", t, "utf-8", "b64"),
    auth=ar_gmail("kairo-sys.co.jp", ME_C, sel="selector1"), delivered=ME_P,
    extra=["Thread-Topic: =?utf-8?B?6KqN5a6a5bGl5q2044Oh44Oi?=", "Content-Language: ja-JP"],
    note="The owner's note to herself before filing; written by the owner so user_reply, no case yet.")

# 007 acknowledgement case A
d = D("2025-09-16 00:41:52")
t = dd("""
    Hello,

    Thanks for writing to AWS Training and Certification. Your request is now case %s,
    and someone from our team will be in touch, in most cases within one business day. Some requests take longer while we research them.

    Submitting the form again for the same issue creates a separate case and can delay
    our answer, so please keep all correspondence on this case.

    Here is a copy of what you submitted:

    Case ID: %s
    Inquiry type: Certification
    Additional details: Account Merge
    Candidate ID: %s
    Contact email: %s
    Description:
    I'm leaving my employer (Kairo Systems) at the end of September. My certifications are
    in the account registered to m-okabe@kairo-sys.co.jp (candidate ID %s). I'd like
    to merge it into my personal account and keep misaki.okabe.jp@gmail.com on file.
    Addresses I've used: m-okabe@kairo-sys.co.jp, misaki.okabe.jp@gmail.com

    Sincerely,
    AWS Training and Certification Customer Support
    """) % (CA, CA, CAND_NEW, ME_P, CAND_OLD)
add("acknowledgement", False, CA, [CAND_NEW, CAND_OLD],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("ack-A"),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019950@ses.amazon.com"),
    received=rx_ses(d), delivered=ME_P,
    note="Acknowledgement echoing the form; 'please keep all correspondence on this case' is an instruction, not a request. Candidate IDs come from the echoed form (counted: not quoted history).")

# 008 acknowledgement case B (duplicate, Japanese template, ISO-2022-JP, company mailbox)
d = D("2025-09-16 23:58:47")
t = dd("""
    AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

    ケース番号 %s にてお問い合わせを承りました。
    原則として1営業日以内に担当者から返信いたします。調査が必要な場合は、もう少しお時間を頂戴することがございます。

    同じ内容のお問い合わせを重ねて送信されますと、別のケースとして扱われ、回答が遅れる原因となります。
    すでにケースをお持ちの場合は、そちらのケースでのやり取りをお願いいたします。

    ■お問い合わせ内容
    お問い合わせタイプ: 認定
    その他の詳細: アカウントの統合
    AWS 候補 ID: %s
    メールアドレス: %s
    内容:
    退職に伴い、会社のメールアドレスのアカウントを個人のアカウントへ統合したいです。
    統合先: misaki.okabe.jp@gmail.com

    AWS トレーニングと認定 カスタマーサポート
    """) % (CB, CAND_OLD, ME_C)
add("acknowledgement", False, CB, [CAND_OLD],
    frm=TC_FROM, to=ME_C, subject=SUBJ_B, date=d, mid=ses_id("ack-B"),
    entity=leaf("text/plain", t, "iso-2022-jp", "7bit"),
    auth=ar_m365("amazon.com", "0100019951@ses.amazon.com"), crlf=True,
    note="Second form for the same request (duplicate case) sent from the company address; Japanese template in ISO-2022-JP, CRLF.")

# 009 case B closed as duplicate
d = D("2025-09-17 05:12:09")
t = dd("""
    Hello Misaki,

    My name is Marco and I'm following up on this case.

    This request is the same one you submitted the day before from your personal
    address, which is being handled under case %s. So that two agents don't work the
    same request in parallel, I'm closing this case (%s) as a duplicate and linking the
    two. Everything continues on %s, and you'll hear from us there.

    There's nothing you need to send on this thread.

    Kind regards,
    Marco T.
    AWS Training and Certification Customer Support
    """) % (CA, CB, CA)
add("case_update", False, CB, [],
    frm=TC_FROM, to=ME_C, subject=SUBJ_B, date=d, mid=ses_id("B-dup"),
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_m365("amazon.com", "0100019952@ses.amazon.com"),
    note="Duplicate case closed and linked; names the other case number in the body, label is this thread's case. 'Closing' but not for lack of reply.")

# 010 case A on hold (APN), question buried at the end
d = D("2025-09-18 02:30:44")
t = dd("""
    Hi Misaki,

    Thanks for waiting while I looked into your merge request.

    The certification account registered to m-okabe@kairo-sys.co.jp is associated with an
    AWS Partner Network organization (Kairo Systems Co., Ltd.). While that association is
    active the account belongs, in part, to the partner's records, and our policy doesn't
    allow us to move it into a personal account. I've put your case on hold until the
    partner side releases it.

    Usually this resolves in one of two ways: the partner's Partner Central administrator
    removes the association, or the person's employment with the partner ends and we
    release it on our side.

    So that I know which applies here - are you leaving Kairo Systems, and what is your
    last working day?

    Best regards,
    Priya S.
    AWS Training and Certification Customer Support
    """)
h = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.strip().split("\n\n")) + "</body></html>"
h = h.replace("<p>Best regards, Priya S. AWS Training and Certification Customer Support</p>",
              "<p>Best regards,<br>Priya S.<br><span style='color:#888'>AWS Training and Certification Customer Support</span></p>")
add("on_hold", True, CA, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-hold"),
    entity=alt(t, h, "A-hold"), auth=ar_gmail("amazon.com", "0100019953@ses.amazon.com"), received=rx_ses(d),
    delivered=ME_P,
    note="APN-partner hold; the only request is a question in the last paragraph with no 'please'.")

# 011 phishing, lookalike domain
d = D("2025-09-18 07:12:30")
t = dd("""
    Dear AWS Certified Professional,

    We are reviewing a request to merge certification accounts linked to your profile
    (Candidate: AWS1164****). To protect your credentials, ownership must be verified
    before the merge can continue.

    Verify now: http://aws-certsupport-team.com/verify?uid=77f3a1&ref=merge

    Requests not verified within 24 hours are cancelled and the certifications on both
    accounts may be suspended. Reply to this message if you are unable to sign in.

    Case ID: 8841-220-193
    AWS Certification Support Team
    """)
add("suspicious", False, None, [],
    frm=addr("AWS Certification Support", "support@aws-certsupport-team.com"), to=ME_P,
    subject="[Action Required] Verify ownership before your certification accounts are merged",
    date=d, mid="<%s@aws-certsupport-team.com>" % hx("phish1", 20),
    entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("aws-certsupport-team.com", "support@aws-certsupport-team.com", sel="default"),
    delivered=ME_P,
    note="Lookalike domain passes its own DKIM; demands a reply and a login; masked candidate ID is not an ID.")

# 012 owner replies on case A (Gmail, bottom quote)
d = D("2025-09-18 20:44:02", JST)
t = dd("""
    Hi Priya,

    Yes, I'm leaving Kairo Systems. My last working day is Tuesday, September 30, and the
    company mailbox will be shut down that evening, so please keep writing to this Gmail
    address.

    If the merge can be done before the 30th that would be great, but I understand if it
    depends on the partner side.

    Thank you,
    Misaki Okabe

    On Thu, Sep 18, 2025 at 11:30 AM AWS Training and Certification <%s> wrote:
    """) % TC_FORM
hold_text = dd("""
    Hi Misaki,

    Thanks for waiting while I looked into your merge request.

    The certification account registered to m-okabe@kairo-sys.co.jp is associated with an
    AWS Partner Network organization (Kairo Systems Co., Ltd.). While that association is
    active the account belongs, in part, to the partner's records, and our policy doesn't
    allow us to move it into a personal account. I've put your case on hold until the
    partner side releases it.

    [...]

    So that I know which applies here - are you leaving Kairo Systems, and what is your
    last working day?

    Best regards,
    Priya S.
    """)
t += q(hold_text) + "\n"
mid_12 = add("user_reply", False, CA, [],
    frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_A, date=d, mid=gmail_id("reply-A-1"),
    irt=ses_id("A-hold"), refs=ses_id("ack-A") + " " + ses_id("A-hold"),
    entity=leaf("text/plain", t, "utf-8", "qp", fmt_flowed=False),
    note="Owner answers the hold question; quoted history holds the question.")

# 013 colleague (partner admin) says association removed - not support
d = D("2025-09-19 09:15:27", JST)
t = dd("""
    岡部さん

    石田です。Partner Central で岡部さんの認定情報の共有を解除しておきました。
    AWS 側の反映には数日かかるかもしれません。
    サポートから何か聞かれたら、パートナー管理者は石田と伝えてもらって大丈夫です。

    石田
    """)
add("unrelated", False, None, [],
    frm=addr("石田 健", "k-ishida@kairo-sys.co.jp", "iso-2022-jp"), to=addr("岡部 美咲", ME_C, "iso-2022-jp"),
    subject="Re: AWS認定のパートナー紐付け解除", subj_charset="iso-2022-jp", date=d, mid=outlook_id("ishida-2"),
    irt=outlook_id("okabe-to-ishida"), refs=outlook_id("okabe-to-ishida"),
    entity=leaf("text/plain", t, "iso-2022-jp", "7bit"), auth=ar_m365("kairo-sys.co.jp", "k-ishida@kairo-sys.co.jp"),
    crlf=True, note="Colleague (partner admin) reports the association removed: on topic, but not from support.")

# 014 case A update: passed to partner operations
d = D("2025-09-19 03:05:51")
t = dd("""
    Hello Misaki,

    Thank you for letting us know about your departure date.

    I've sent your case to our partner operations team and asked them to release the
    certification account from Kairo Systems' partner profile. When they confirm, the case
    comes off hold and we'll continue with the merge.

    You don't need to do anything in the meantime; I'll update this case as soon as I hear
    back.

    Regards,
    Hyun-woo
    AWS Training and Certification
    """)
add("case_update", False, CA, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-upd1"), irt=mid_12,
    refs=ses_id("ack-A") + " " + ses_id("A-hold") + " " + mid_12,
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019954@ses.amazon.com"),
    received=rx_ses(d), delivered=ME_P,
    note="Passed to another team; explicitly nothing to do.")

# 015 AWS billing statement (same sender as console cases)
d = D("2025-09-19 14:02:11")
t = dd("""
    Greetings from Amazon Web Services,

    This e-mail confirms that your latest billing statement is available on the AWS web
    site. Your account will be charged the following:

    Total: $14.82

    Please see the Bills section of the Billing and Cost Management console for details:
    https://console.aws.amazon.com/billing/home#/bills

    [AWS ID 481203395517]

    Sincerely,
    Amazon Web Services

    This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
    Avenue North, Seattle, WA 98109-5210. Replies to this message are not monitored.
    """)
add("unrelated", False, None, [],
    frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 481203395517]",
    date=d, mid=ses_id("bill-09"), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("amazon.com", "0100019955@ses.amazon.com"), delivered=ME_P,
    note="Billing statement from the same sender as Support Center cases; 12-digit account ID, no case.")

# 016 Japanese newsletter, Shift_JIS 8bit
d = D("2025-09-22 07:00:00", JST)
t = dd("""
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
     週刊クラウドニュース 第412号  2025年9月22日
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━

    ■今週のトピック
    ・AWS 認定の新試験、ベータ版の受付が始まりました
    ・転職時の認定アカウント移行、手順のまとめ記事が話題に
    ・サポートケースの「自動クローズ」に注意、返信期限の確認を

    ■読者アンケート
    ご意見をお寄せください(回答は任意です)。

    配信停止はこちら: https://cloud-weekly.example.jp/unsub?id=88213
    """)
add("unrelated", False, None, [],
    frm=addr("週刊クラウドニュース", "news@cloud-weekly.example.jp", "shift_jis"), to=ME_P,
    subject="【週刊クラウドニュース】第412号 認定アカウント移行のまとめ ほか", subj_charset="shift_jis",
    date=d, mid="<%s@mail.cloud-weekly.example.jp>" % hx("nl412", 24),
    entity=leaf("text/plain", t, "shift_jis", "8bit"),
    auth=ar_gmail("cloud-weekly.example.jp", "bounce@cloud-weekly.example.jp", sel="mail"), delivered=ME_P,
    extra=["List-Unsubscribe: <https://cloud-weekly.example.jp/unsub?id=88213>"],
    note="Shift_JIS 8-bit newsletter talking about certification account moves and auto-close.")

# 017 case A: hold lifted
d = D("2025-09-22 05:21:36")
t = dd("""
    Hi Misaki,

    Good news: partner operations confirmed that your certification account is no longer
    associated with Kairo Systems' partner profile. I've taken the case off hold and it's
    back with the account team for the merge.

    You'll get a separate message from them shortly with the account details to check.

    Regards,
    Hyun-woo
    AWS Training and Certification
    """)
add("case_update", False, CA, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-upd2"),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019956@ses.amazon.com"),
    delivered=ME_P, note="Hold lifted; announces a coming request but asks nothing yet.")

# 018 case A: confirmation request, HTML only with table
d = D("2025-09-23 01:15:03")
rows = [("Account #1", ME_P, ME_P, ME_P, CAND_NEW),
        ("Account #2", ME_C, ME_C, ME_C, CAND_OLD)]
tbl = "".join(
    "<tr><td colspan='2' style='background:#eaeded;font-weight:bold'>%s</td></tr>"
    "<tr><td>Login email</td><td>%s</td></tr>"
    "<tr><td>Training notification email</td><td>%s</td></tr>"
    "<tr><td>Certification notification email</td><td>%s</td></tr>"
    "<tr><td>Candidate ID</td><td>%s</td></tr>" % r for r in rows)
h = dd("""
    <html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
    <p>Hello Misaki,</p>
    <p>I'm Daniel from the AWS Training and Certification account team, and I'll be completing your merge.</p>
    <p>These are the accounts I found for you:</p>
    <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">%s</table>
    <p>Everything on Account #2 (exam history, certifications, benefits) would move into Account #1,
    and Account #2 would then be closed. This can't be undone.</p>
    <p>Please reply to this email confirming that both accounts belong to you and that Account #1 is
    the one to keep. I'll start the merge as soon as I have your confirmation.</p>
    <p>Best,<br>Daniel K.<br>AWS Training and Certification Customer Support</p>
    </body></html>
    """) % tbl
mid_18 = add("confirmation_request", True, CA, [CAND_NEW, CAND_OLD],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-confirm"),
    entity=leaf("text/html", h, "utf-8", "b64"), auth=ar_gmail("amazon.com", "0100019957@ses.amazon.com"),
    received=rx_ses(d), delivered=ME_P,
    note="HTML-only, base64, Account #1/#2 table with candidate IDs; asks to confirm which to keep.")

# 019 Skill Builder receipt
d = D("2025-09-24 03:33:19")
h = dd("""
    <html><body>
    <h2>Thanks for your order</h2>
    <p>Your AWS Skill Builder Individual subscription has been renewed.</p>
    <table cellpadding="4"><tr><td>Order number</td><td>SB-2025-0924-771093</td></tr>
    <tr><td>Plan</td><td>Individual, monthly</td></tr>
    <tr><td>Amount</td><td>USD 29.00</td></tr>
    <tr><td>Next renewal</td><td>October 24, 2025</td></tr></table>
    <p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.
    Questions? Contact us through the Skill Builder help page.</p>
    </body></html>
    """)
t = ("Thanks for your order\n\nYour AWS Skill Builder Individual subscription has been renewed.\n"
     "Order number: SB-2025-0924-771093\nPlan: Individual, monthly\nAmount: USD 29.00\n"
     "Next renewal: October 24, 2025\n\nManage your subscription at https://skillbuilder.aws/subscriptions\n")
add("unrelated", False, None, [],
    frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder receipt", date=d, mid=ses_id("sb-receipt"),
    entity=alt(t, h, "sb"), auth=ar_gmail("skillbuilder.aws", "bounce@skillbuilder.aws"), delivered=ME_P,
    note="Skill Builder subscription receipt: AWS training mail, not a case.")

# 020 case A: closing notice (auto template)
d = D("2025-09-26 01:00:27")
t = dd("""
    Hello,

    We're following up on case %s. We asked you for some information a few days ago and
    haven't heard back yet.

    If we don't receive your response within 3 business days, this case will be closed.
    A reply to this email - even a short one - keeps the case open, and replying after it
    has closed reopens it.

    Thank you,
    AWS Training and Certification Customer Support
    """) % CA
mid_20 = add("closing_notice", True, CA, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-close"),
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_gmail("amazon.com", "0100019958@ses.amazon.com"),
    delivered=ME_P, note="Automatic closing notice; the reply it asks for is the confirmation still pending.")

# 021 owner confirms (Gmail top-post over long history)
d = D("2025-09-26 10:48:40", JST)
conf_plain = dd("""
    Hello Misaki,

    I'm Daniel from the AWS Training and Certification account team, and I'll be completing your merge.

    These are the accounts I found for you:

    Account #1
    Login email: %s
    Training notification email: %s
    Certification notification email: %s
    Candidate ID: %s
    Account #2
    Login email: %s
    Training notification email: %s
    Certification notification email: %s
    Candidate ID: %s

    Everything on Account #2 (exam history, certifications, benefits) would move into Account #1,
    and Account #2 would then be closed. This can't be undone.

    Please reply to this email confirming that both accounts belong to you and that Account #1 is
    the one to keep. I'll start the merge as soon as I have your confirmation.

    Best,
    Daniel K.
    AWS Training and Certification Customer Support
    """) % (ME_P, ME_P, ME_P, CAND_NEW, ME_C, ME_C, ME_C, CAND_OLD)
close_plain = t
t = dd("""
    Hi Daniel,

    Yes, I can confirm both accounts belong to me. Account #1 (%s) is the one to keep,
    so go ahead and fold Account #2 into it. The address to stay on file is %s.

    Sorry for the late reply, I was travelling this week.

    Misaki

    On Fri, Sep 26, 2025 at 10:00 AM AWS Training and Certification <%s> wrote:
    """) % (CAND_NEW, ME_P, TC_FORM)
t += q(close_plain) + "\n>\n> On Tue, Sep 23, 2025 at 10:15 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM
t += q(q(conf_plain)) + "\n"
mid_21 = add("user_reply", False, CA, [CAND_NEW],
    frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_A, date=d, mid=gmail_id("reply-A-2"),
    irt=mid_20, refs=" ".join([ses_id("ack-A"), mid_18, mid_20]),
    entity=leaf("text/plain", t, "utf-8", "qp"),
    note="Owner's confirmation on top of two nested quoted support requests; only her own candidate ID counts.")

# 022 case A resolved, Outlook-style quoted history containing the old request
d = D("2025-09-26 04:31:15")
t = dd("""
    Hi Misaki,

    Thanks for confirming. I have merged Account #2 into Account #1 (%s). Your exam
    history, all four certifications and the 50%% exam discount voucher now show under
    %s, and the old account has been closed.

    Digital badges are re-sent from Credly to the address on file, which can take up to
    48 hours. If something from the old account is missing, reply to this email within
    the next 14 days and we'll reopen the case.

    Best,
    Daniel K.
    AWS Training and Certification Customer Support

    ________________________________
    From: Misaki Okabe <%s>
    Sent: Friday, September 26, 2025 1:48 AM
    To: AWS Training and Certification <%s>
    Subject: Re: %s

    Hi Daniel,

    Yes, I can confirm both accounts belong to me. Account #1 (%s) is the one to keep,
    so go ahead and fold Account #2 into it. The address to stay on file is %s.

    ________________________________
    From: AWS Training and Certification <%s>
    Sent: Tuesday, September 23, 2025 1:15 AM
    To: %s
    Subject: %s

    """) % (CAND_NEW, ME_P, ME_P, TC_FORM, SUBJ_A, CAND_NEW, ME_P, TC_FORM, ME_P, SUBJ_A)
t += conf_plain
h = "<html><body><div><p>" + t.split("________________________________", 1)[0].strip().replace("\n\n", "</p><p>").replace("\n", " ") \
    + "</p></div><div style='border-top:1px solid #e1e1e1'><p>" + \
    "________________________________".join(t.split("________________________________")[1:]).replace("\n", "<br>") + "</p></div></body></html>"
mid_22 = add("resolved", False, CA, [CAND_NEW],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d, mid=ses_id("A-done"), irt=mid_21,
    refs=" ".join([ses_id("ack-A"), mid_18, mid_20, mid_21]),
    entity=alt(t, h, "A-done"), auth=ar_gmail("amazon.com", "0100019959@ses.amazon.com"),
    received=rx_ses(d), delivered=ME_P,
    note="Merge done; conditional 'reply within 14 days if something is missing'; the full confirmation request (with both candidate IDs) is quoted below, unmarked by '>'.")

# 023 Credly badge (text + html)
d = D("2025-09-26 05:06:44")
t = dd("""
    Misaki, you've earned a badge!

    Amazon Web Services Training and Certification has issued you a badge:
    AWS Certified Solutions Architect - Professional

    Accept your badge: https://www.credly.com/badges/5f0c2a94-71de-4a4e-9b0d-1c33e8f6a2b7/accept

    Once accepted, you can share it on LinkedIn, add it to your email signature, or embed it
    on your website.

    Credly, Inc. | 13 W 36th St, New York, NY
    """)
h = dd("""
    <html><body style="font-family:Helvetica,Arial">
    <h2>Misaki, you've earned a badge!</h2>
    <p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
    <p style="font-size:18px">AWS Certified Solutions Architect &ndash; Professional</p>
    <p><a href="https://www.credly.com/badges/5f0c2a94-71de-4a4e-9b0d-1c33e8f6a2b7/accept"
    style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
    <p style="font-size:11px;color:#888">Credly, Inc. | 13 W 36th St, New York, NY</p>
    </body></html>
    """)
add("badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Misaki, you've earned a badge from Amazon Web Services Training and Certification",
    date=d, mid="<%s@credly.com>" % hx("credly1", 24), entity=alt(t, h, "credly1"),
    auth=ar_gmail("credly.com", "bounces@em.credly.com", sel="s1"), delivered=ME_P,
    note="Credly badge right after the merge; badge UUID is not a case or candidate ID.")

# 024 Credly second badge, HTML only
d = D("2025-09-26 05:07:02")
h = dd("""
    <html><body style="font-family:Helvetica,Arial">
    <table width="560"><tr><td>
    <img src="https://images.credly.com/size/340x340/images/b9feab85/image.png" width="120" alt="">
    <h2>Your new badge is waiting</h2>
    <p>Amazon Web Services Training and Certification issued you
    <b>AWS Certified Developer &ndash; Associate</b>.</p>
    <p><a href="https://www.credly.com/badges/0b8e61d3-3f0a-4c55-8f51-94f1b2e0c9aa/accept">Accept your badge</a>
    to start sharing it.</p>
    </td></tr></table>
    </body></html>
    """)
add("badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Accept your AWS Certified Developer - Associate badge", date=d,
    mid="<%s@credly.com>" % hx("credly2", 24), entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("credly.com", "bounces@em.credly.com", sel="s1"), delivered=ME_P,
    note="Second Credly badge, HTML only; 'accept' call to action is not a support request.")

# 025 survey for case A
d = D("2025-09-27 16:20:00")
t = dd("""
    Hello,

    Your recent case with AWS Training and Certification (case %s) was marked resolved.
    We'd like to know how it went.

    How satisfied were you with the support you received?
      1 - Very dissatisfied   https://survey.aws.training/r/%s?s=1
      5 - Very satisfied      https://survey.aws.training/r/%s?s=5

    The survey takes about two minutes and is completely optional. Please don't reply to
    this message; replies go to an unmonitored mailbox.

    AWS Training and Certification
    """) % (CA, hx("svA", 10), hx("svA", 10))
add("survey", False, CA, [],
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="How did we do? Case %s" % CA, date=d, mid=ses_id("A-survey"),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019960@ses.amazon.com"),
    delivered=ME_P, note="Satisfaction survey about the closed case; rating question is not a request.")

# 026 out-of-office autoreply (company)
d = D("2025-09-29 11:02:13", JST)
t = dd("""
    【自動応答】
    田中は 9/29(月)〜10/6(月)まで休暇のため不在にしております。
    急ぎの件は cloud-ops@kairo-sys.co.jp までご連絡ください。

    I am out of the office until October 6 with limited access to email.
    """)
add("unrelated", False, None, [],
    frm=addr("田中 翔太", "s-tanaka@kairo-sys.co.jp"), to=addr("岡部 美咲", ME_C),
    subject="自動応答: 最終出社日のご挨拶", date=d, mid=outlook_id("ooo-tanaka"),
    irt=outlook_id("farewell"), entity=leaf("text/plain", t, "utf-8", "b64"),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    auth=ar_m365("kairo-sys.co.jp", "s-tanaka@kairo-sys.co.jp"),
    note="Out-of-office reply to the owner's farewell mail.")

# 027 owner forwards the resolution to the partner admin (Gmail forward)
d = D("2025-09-30 17:40:09", JST)
t = dd("""
    石田さん

    ご対応ありがとうございました。おかげさまで統合が完了しました。共有まで。
    最終日なのでこれで失礼します。お世話になりました!

    岡部

    ---------- Forwarded message ---------
    From: AWS Training and Certification <%s>
    Date: Fri, Sep 26, 2025 at 1:31 PM
    Subject: %s
    To: <%s>


    Hi Misaki,

    Thanks for confirming. I have merged Account #2 into Account #1 (%s). Your exam
    history, all four certifications and the 50%% exam discount voucher now show under
    %s, and the old account has been closed.

    Digital badges are re-sent from Credly to the address on file, which can take up to
    48 hours. If something from the old account is missing, reply to this email within
    the next 14 days and we'll reopen the case.

    Best,
    Daniel K.
    """) % (TC_FORM, SUBJ_A, ME_P, CAND_NEW, ME_P)
add("user_reply", False, CA, [],
    frm=addr(ME_NAME, ME_P), to=addr("石田 健", "k-ishida@kairo-sys.co.jp"), cc=ME_C,
    subject="Fwd: " + SUBJ_A, date=d, mid=gmail_id("fw-A-done"),
    entity=leaf("text/plain", t, "utf-8", "qp"), crlf=True,
    note="Owner forwards the resolution to her ex-colleague (Gmail forward block); IDs only inside the forwarded copy, so none counted; not addressed to support.")


# =====================================================================================
# October: voucher missing after merge (case C, Japanese), traps
# =====================================================================================
SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CC

# 028 CertMetrics program survey (not a support survey)
d = D("2025-10-01 15:45:00")
t = dd("""
    Hello Misaki,

    How has your AWS Certification experience been so far?

    We're improving the certification experience and would value ten minutes of your time.
    Tell us what you think about exam registration, preparation resources and the benefits
    that come with being AWS Certified.

    Take the survey: https://www.certmetrics.com/amazon/survey/?cid=%s

    Candidate ID: %s

    Thank you,
    AWS Certification
    """) % (hx("cmsurvey", 12), CAND_NEW)
add("certification", False, None, [CAND_NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Tell us about your AWS Certification experience", date=d, mid="<%s.certmetrics@mta02.certmetrics.com>" % hx("cms"),
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_gmail("certmetrics.com", "bounces@certmetrics.com", sel="k1"),
    delivered=ME_P, note="Certification program survey, not about a support case: labelled certification, not survey.")

# 029 spoof of the real form address, DKIM/DMARC fail
d = D("2025-10-03 08:27:51")
t = dd("""
    Hello,

    Following the recent merge of your AWS Certification accounts, our records show that
    your profile could not be fully validated. To avoid losing access to your certifications
    and exam benefits, you must sign in again and re-confirm your details within 48 hours:

    https://aws-training-verify.net/signin?case=175941220300871

    You will be asked for your AWS Builder ID password and your candidate ID. Accounts that
    are not re-validated will be deactivated.

    Regards,
    AWS Training and Certification Customer Support
    """)
h = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.strip().split("\n\n")) + "</body></html>"
h = h.replace("https://aws-training-verify.net/signin?case=175941220300871",
              "<a href='https://aws-training-verify.net/signin?case=175941220300871'>https://www.aws.training/certification</a>")
add("suspicious", False, None, [],
    frm=TC_FROM, to=ME_P,
    subject="RE:[CASE 175941220300871] [AWS Training and Certification Form Submission] - account-assistance",
    date=d, mid="<%s@aws-training-verify.net>" % hx("spoof", 20),
    entity=alt(t, h, "spoof"), auth=ar_gmail("amazon.com", "mailer@aws-training-verify.net", ok=False),
    received=["from vps-44817.hostprovider.example (unknown [185.225.73.18])\n        by mx.google.com with ESMTP id %s; %s" % (hx("rcvsp", 10), format_datetime(d))],
    delivered=ME_P,
    note="Uses the genuine form address and subject shape, but dkim=fail and dmarc=fail; link text hides another domain.")

# 030 acknowledgement case C (Japanese, UTF-8 base64)
d = D("2025-10-06 02:18:30")
t = dd("""
    岡部 美咲 様

    AWS トレーニングと認定へのお問い合わせありがとうございます。
    お問い合わせを受け付け、ケース %s を作成いたしました。

    担当者からのご連絡は、多くの場合翌営業日までとなります。調査が必要な内容の場合は、
    もう少しお待たせすることがございますので、あらかじめご了承ください。
    なお、同じご依頼についてフォームを再送信されると、別ケースとなり対応が遅れる原因となります。

    ケースの詳細は以下のとおりです。

    ケース ID: %s
    お問い合わせタイプ: 認定
    その他の詳細: 認定特典
    AWS 候補 ID: %s
    お問い合わせ内容:
    9月26日にアカウント統合(ケース %s)が完了しましたが、統合前のアカウント(%s)に
    あった50%%割引バウチャーが、統合後のアカウントの「特典」に表示されていません。
    確認をお願いできますでしょうか。

    AWS トレーニングと認定 カスタマーサポート
    """) % (CC, CC, CAND_NEW, CA, CAND_OLD)
mid_30 = add("acknowledgement", False, CC, [CAND_NEW, CAND_OLD],
    frm=TC_FROM, to=ME_P, subject=SUBJ_C, date=d, mid=ses_id("ack-C"),
    entity=leaf("text/plain", t, "utf-8", "b64"), auth=ar_gmail("amazon.com", "0100019961@ses.amazon.com"),
    received=rx_ses(d), delivered=ME_P,
    note="Japanese acknowledgement (base64) that echoes the form; the echoed text contains the owner's polite request and the previous case number.")

# 031 case C info request (ISO-2022-JP, keigo)
d = D("2025-10-07 03:42:05")
t = dd("""
    岡部 美咲 様

    お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

    バウチャーの件、統合前アカウントの特典履歴を確認いたしましたが、該当する割引の
    付与記録を特定するために、いくつか情報が必要でございます。

    お手数ではございますが、以下についてお知らせいただけますでしょうか。

      1. バウチャーのコード(お控えがある場合)
      2. バウチャーが付与された時期(おおよそで結構です)
      3. 統合前のアカウントで最後に合格された試験名と受験日

    ご返信のほど、よろしくお願いいたします。

    佐藤
    AWS トレーニングと認定 カスタマーサポート
    """)
mid_31 = add("info_request", True, CC, [],
    frm=addr("AWS Training and Certification", TC_FORM), to=addr("岡部 美咲", ME_P, "iso-2022-jp"), subject=SUBJ_C,
    date=d, mid=ses_id("C-info"), irt=mid_30, refs=mid_30,
    entity=leaf("text/plain", t, "iso-2022-jp", "7bit"), auth=ar_gmail("amazon.com", "0100019962@ses.amazon.com"),
    delivered=ME_P, crlf=True, note="Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP.")

# 032 Pearson VUE appointment confirmation
d = D("2025-10-07 11:09:38")
t = dd("""
    Dear Misaki Okabe,

    Thank you for scheduling your AWS Certification exam with Pearson VUE.

    Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
    Date: Saturday, November 1, 2025, 10:00 JST
    Location: Online (OnVUE)
    Registration ID: 482019377
    Candidate ID: %s

    Please run the system test on the computer you will use, and have your ID ready on
    exam day. To reschedule or cancel, sign in at least 24 hours before your appointment.

    Pearson VUE
    """) % CAND_NEW
add("unrelated", False, None, [CAND_NEW],
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Confirmation of your AWS Certification exam appointment", date=d,
    mid="<%s@pearson.com>" % hx("pvue1", 22), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("pearson.com", "noreply@pearson.com", sel="pvue"), delivered=ME_P,
    note="Exam vendor confirmation: 9-digit registration ID (not a case) plus the candidate ID; imperatives are instructions.")

# 033 GitHub merged, another repo
d = D("2025-10-08 22:31:05")
t = "Merged #57 into main via squash.\n\n-- \nReply to this email directly or view it on GitHub:\nhttps://github.com/mokabe/cert-notes/pull/57\n"
add("unrelated", False, None, [],
    frm=addr("github-actions[bot]", "notifications@github.com"), to=addr("mokabe/cert-notes", "cert-notes@noreply.github.com"),
    cc=addr("Misaki Okabe", ME_P), subject="Re: [mokabe/cert-notes] Merge old and new account notes (PR #57)",
    date=d, mid="<mokabe/cert-notes/pull/57/issue_event/20011873@github.com>",
    irt="<mokabe/cert-notes/pull/57@github.com>", entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("github.com", "noreply@github.com", sel="pf2023"), delivered=ME_P,
    note="GitHub 'merged' about 'account notes': keyword trap.")

# 034 case C closing notice (Shift_JIS base64, plain 〜ください)
d = D("2025-10-10 02:00:14")
t = dd("""
    岡部 美咲 様

    ケース %s について、10月7日にお送りしたご質問へのご返信をまだいただいておりません。

    10月13日までにご返信がない場合、本ケースはクローズいたします。
    引き続き対応をご希望の場合は、このメールにそのまま返信してください。
    クローズ後にご返信いただいた場合も、ケースは再開されます。

    AWS トレーニングと認定 カスタマーサポート
    """) % CC
mid_34 = add("closing_notice", True, CC, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_C, date=d, mid=ses_id("C-close"),
    entity=leaf("text/plain", t, "shift_jis", "b64"), auth=ar_gmail("amazon.com", "0100019963@ses.amazon.com"),
    delivered=ME_P, note="Japanese closing notice in Shift_JIS base64 with plain 〜ください.")

# 035 owner answers case C (Gmail Japanese quote header)
d = D("2025-10-10 12:31:50", JST)
info_c = dd("""
    岡部 美咲 様

    お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

    お手数ではございますが、以下についてお知らせいただけますでしょうか。

      1. バウチャーのコード(お控えがある場合)
      2. バウチャーが付与された時期(おおよそで結構です)
      3. 統合前のアカウントで最後に合格された試験名と受験日

    ご返信のほど、よろしくお願いいたします。
    """)
t = dd("""
    佐藤様

    ご連絡が遅くなり申し訳ありません。以下のとおりです。

    1. コードの控えはありません(統合前アカウント %s の特典ページに表示されていました)
    2. 2024年10月ごろ(Solutions Architect - Professional 合格後)
    3. AWS Certified Solutions Architect - Professional、2024年10月19日

    よろしくお願いいたします。
    岡部

    2025年10月10日(金) 11:00 AWS Training and Certification <%s>:
    """) % (CAND_OLD, TC_FORM)
t += q(close_c := dd("""
    岡部 美咲 様

    ケース %s について、10月7日にお送りしたご質問へのご返信をまだいただいておりません。
    (略)
    """) % CC) + "\n>\n> 2025年10月7日(火) 12:42 AWS Training and Certification <%s>:\n" % TC_FORM
t += q(q(info_c)) + "\n"
mid_35 = add("user_reply", False, CC, [CAND_OLD],
    frm=addr("岡部美咲", ME_P), to=TC_FORM, subject=SUBJ_C, date=d, mid=gmail_id("reply-C"),
    irt=mid_34, refs=" ".join([mid_30, mid_31, mid_34]), entity=leaf("text/plain", t, "utf-8", "b64"),
    note="Owner's Japanese answer over nested 「…:」 quotes that hold the request and the closing notice.")

# 036 case C update in English
d = D("2025-10-11 06:55:20")
t = dd("""
    Hello Misaki,

    Thank you for the details - they were enough to find the voucher record on the old
    account. Vouchers don't always carry over automatically in a merge, so I've handed this
    to our benefits team, who can reissue it on your current account. They typically need
    3 to 5 business days.

    I'll keep the case open and update you when the new voucher is in place. If you happen
    to come across the original voucher email, you're welcome to forward it, but we don't
    need it to proceed.

    Best regards,
    Aileen M.
    AWS Training and Certification Customer Support
    """)
add("case_update", False, CC, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d, mid=ses_id("C-upd"), irt=mid_35,
    refs=" ".join([mid_30, mid_31, mid_34, mid_35]), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019964@ses.amazon.com"), delivered=ME_P,
    note="English answer to a Japanese thread; handed to another team; optional 'you're welcome to forward' is not a request. Subject gets a second 'RE: '.")

# 037 case C resolved (Japanese, QP), old request quoted under a separator
d = D("2025-10-14 08:12:47")
t = dd("""
    岡部 美咲 様

    お待たせいたしました。担当チームにて、50%%割引バウチャーを現在のアカウント(%s)に
    再発行いたしました。認定アカウントの「特典」ページからご確認いただけます。
    有効期限は元のバウチャーと同じく2026年3月31日です。

    以上で本件は解決とさせていただきます。
    ご不明な点がございましたら、本メールにご返信ください。

    佐藤
    AWS トレーニングと認定 カスタマーサポート

    --------------- 元のメッセージ ---------------
    差出人: AWS Training and Certification <%s>
    送信日時: 2025年10月7日 3:42
    件名: %s

    """) % (CAND_NEW, TC_FORM, SUBJ_C)
t += info_c
add("resolved", False, CC, [CAND_NEW],
    frm=TC_FROM, to=ME_P, subject=SUBJ_C, date=d, mid=ses_id("C-done"), irt=mid_35,
    refs=" ".join([mid_30, mid_31, mid_34, mid_35]), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019965@ses.amazon.com"), delivered=ME_P, received=rx_ses(d),
    note="Voucher reissued; 〜がございましたら-style conditional; the old keigo request is quoted below a 元のメッセージ separator without '>'.")

# 038 CertMetrics benefit notice
d = D("2025-10-14 08:30:02")
t = dd("""
    Hello Misaki,

    A new benefit has been added to your AWS Certification account.

    Benefit: 50%% discount on your next AWS Certification exam
    Expires: March 31, 2026
    Candidate ID: %s

    Sign in to view your benefits: https://www.aws.training/certification/benefits

    AWS Certification
    """) % CAND_NEW
add("certification", False, None, [CAND_NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="A new benefit is available in your AWS Certification account", date=d,
    mid="<%s.certmetrics@mta01.certmetrics.com>" % hx("benefit"), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("certmetrics.com", "bounces@certmetrics.com", sel="k1"), delivered=ME_P,
    note="Program notice that the voucher exists - consequence of case C but not case mail.")

# 039 survey case C (Japanese HTML)
d = D("2025-10-15 01:00:00")
h = dd("""
    <html><body>
    <p>AWS トレーニングと認定をご利用いただきありがとうございます。</p>
    <p>先日解決したケース %s について、サポートの品質向上のためアンケートへのご協力をお願いしております。</p>
    <p>今回のサポートにどの程度満足されましたか?</p>
    <table><tr>%s</tr></table>
    <p style="font-size:11px;color:#666">アンケートへの回答は任意です。このメールは送信専用アドレスから配信しています。</p>
    </body></html>
    """) % (CC, "".join('<td><a href="https://survey.aws.training/r/%s?s=%d">%d</a></td>' % (hx("svC", 10), i, i) for i in range(1, 6)))
add("survey", False, CC, [],
    frm=addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="サポートに関するアンケートのお願い(ケース %s)" % CC, date=d, mid=ses_id("C-survey"),
    entity=leaf("text/html", h, "utf-8", "b64"), auth=ar_gmail("amazon.com", "0100019966@ses.amazon.com"),
    delivered=ME_P, note="Japanese HTML-only survey; 'お願いしております' is polite wording of an optional survey.")


# =====================================================================================
# Support Center (console) case D: misspelled name on the certification record
# =====================================================================================
SUBJ_D = "Certification record shows my name romanized incorrectly"
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)
CONSOLE_FOOT = dd("""
    To contact us again about this case, please return to the Support Center using the
    following URL:
    https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

    (If you are connecting by federation, log in before following the link.)

    *This mailbox does not receive replies. Anything you want to add to this case has to be
    entered in the AWS Support Center through the link above.
    """) % CD
SURVEY_FOOT = dd("""
    How are we doing? Each of our replies can be rated in the AWS Support Center - choose
    the stars at the top right of the correspondence. Ratings are optional and help us
    improve.
    """)

# 040 console acknowledgement
d = D("2025-10-16 05:03:40")
t = dd("""
    Dear Customer,

    Thanks for reaching AWS Support. Case %s has been created for your request.

    Case summary:

    Case ID: %s
    Subject: %s
    Severity: General guidance
    Correspondence: Hello, the name on my AWS Certification record and on my certificates is
    shown as "Misaki OKAVE" instead of "Misaki OKABE". My candidate ID is %s. Could you
    correct the family name? The Builder ID and the Pearson VUE profile already have the
    right spelling.

    [AWS ID 481203395517]

    """) % (CD, CD, SUBJ_D, CAND_NEW) + CONSOLE_FOOT + "\nSincerely,\nAmazon Web Services\n"
mid_40 = add("acknowledgement", False, CD, [CAND_NEW],
    frm=CONSOLE_FROM, to=ME_P, subject="Amazon Web Services: New Support case: %s" % CD, date=d,
    mid=ses_id("ack-D"), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019967@ses.amazon.com"), delivered=ME_P, received=rx_ses(d),
    note="Console acknowledgement: the echoed correspondence holds the owner's own question ('Could you correct…?'); 12-digit AWS ID is not a case.")

# 041 console info request
d = D("2025-10-17 02:26:19")
t = dd("""
    Hello,

    Thank you for contacting AWS Training and Certification through AWS Support. My name is
    Tomasz and I'll be working on your case.

    I can see the spelling on your certification record differs from the one on your exam
    profile. Because a name change affects every certificate we issue, our records team
    verifies it against an identity document before updating anything.

    To proceed, we need a photo or scan of a valid government-issued ID (passport or
    driver's licence) that shows your name as "OKABE". Attach it to this case in the Support
    Center - do not send it by email, as replies to this address are not received. You can
    cover your ID number and photo; only the name and expiry date are needed.

    """) + SURVEY_FOOT + "\nBest regards,\n\nTomasz W.\nAmazon Web Services\n\n" + CONSOLE_FOOT
h = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.strip().split("\n\n")) + "</body></html>"
mid_41 = add("info_request", True, CD, [],
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CD, SUBJ_D), date=d, mid=ses_id("D-info"),
    entity=alt(t, h, "D-info"), auth=ar_gmail("amazon.com", "0100019968@ses.amazon.com"),
    delivered=ME_P, received=rx_ses(d),
    note="Console case request: upload an ID in the Support Center, the email cannot be answered; survey footer in the middle.")

# 042 owner wrongly replies to no-reply-aws by email, with attachment
d = D("2025-10-17 21:14:05", JST)
t = dd("""
    Hello Tomasz,

    Thank you. I've attached my driver's licence with the number covered.
    The name on it is OKABE MISAKI.

    Best regards,
    Misaki Okabe

    On Fri, Oct 17, 2025 at 11:26 AM Amazon Web Services <%s> wrote:
    > Hello,
    >
    > Thank you for contacting AWS Training and Certification through AWS Support. My name is
    > Tomasz and I'll be working on your case.
    > [...]
    """) % CONSOLE
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
mid_42 = add("user_reply", False, CD, [],
    frm=addr(ME_NAME, ME_P), to=CONSOLE, subject="Re: RE:[CASE %s] %s" % (CD, SUBJ_D), date=d,
    mid=gmail_id("reply-D-email"), irt=mid_41, refs=mid_40 + " " + mid_41,
    entity=multi("mixed", [leaf("text/plain", t, "utf-8", "qp"), attach("application/pdf", "licence_masked.pdf", pdf)], "D-reply"),
    note="Owner answers a console case by email (the address can't receive); written by the owner.")

# 043 bounce of that reply
d = D("2025-10-17 12:14:09")
dsn_txt = dd("""
    ** Address not found **

    Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't
    be found, or is unable to receive mail.

    The response from the remote server was:
    550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not
    accept incoming mail
    """)
status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7)\n"
          "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n") % format_datetime(d)
orig_h = ("From: Misaki Okabe <%s>\nDate: %s\nMessage-ID: %s\nSubject: Re: RE:[CASE %s] %s\nTo: %s\n"
          % (ME_P, format_datetime(D("2025-10-17 21:14:05", JST)), mid_42, CD, SUBJ_D, CONSOLE))
rep = multi("report", [leaf("text/plain", dsn_txt, "utf-8", "7bit"),
                       (["Content-Type: message/delivery-status"], status.encode()),
                       (["Content-Type: text/rfc822-headers"], orig_h.encode())], "dsn")
rep = (['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % rep[0][0].split('"')[1]], rep[1])
add("unrelated", False, CD, [],
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=d, mid="<%s@mx.google.com>" % hx("dsn1", 28),
    irt=mid_42, refs=mid_42, entity=rep, extra=["Auto-Submitted: auto-replied"], delivered=ME_P,
    note="Bounce of the owner's email to the console address; mentions the case in the returned headers. Mail-system notice, not support.")

# 044 AWS marketing in Japanese, HTML only
d = D("2025-10-20 01:00:00")
h = dd("""
    <html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
    <h2>AWS Innovate - 生成 AI 特集 オンライン開催のご案内</h2>
    <p>AWS 認定をお持ちの方向けに、認定者限定の Q&amp;A セッションもご用意しています。</p>
    <p>参加登録は <a href="https://aws.amazon.com/jp/events/innovate/?trk=em_jp">こちら</a> から。
    ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
    <p style="font-size:11px;color:#888">このメールは送信専用です。配信停止は
    <a href="https://pages.awscloud.com/unsubscribe-jp">こちら</a>。
    アマゾン ウェブ サービス ジャパン合同会社</p>
    </body></html>
    """)
add("unrelated", False, None, [],
    frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Innovate】認定者限定セッションのご案内", date=d, mid=ses_id("mkt-jp"),
    entity=leaf("text/html", h, "utf-8", "b64"), auth=ar_gmail("amazon.com", "0100019969@marketing.amazon.com"),
    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe-jp>"], delivered=ME_P,
    note="Japanese AWS marketing, HTML only, with a 〜がございましたら line.")

# 045 console closing notice (auto-resolve)
d = D("2025-10-21 02:30:55")
t = dd("""
    Hello,

    We haven't heard back from you regarding your case. Since we're waiting on information
    from you, this case will be automatically resolved in 3 days if there's no reply.

    To keep working on it, add your response to the case in the AWS Support Center. Note
    that once a case has been resolved for 14 days, it can no longer be reopened.

    Case ID: %s
    Subject: %s

    """) % (CD, SUBJ_D) + CONSOLE_FOOT + "\nAmazon Web Services\n"
add("closing_notice", True, CD, [],
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CD, SUBJ_D), date=d, mid=ses_id("D-close"),
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_gmail("amazon.com", "0100019970@ses.amazon.com"),
    delivered=ME_P, note="Console auto-resolve warning; answer must go through the Support Center, not email.")

# 046 console case update after the upload
d = D("2025-10-22 07:48:31")
t = dd("""
    Hello Misaki,

    Thanks for uploading the document in the Support Center - it came through fine.

    I've passed it to our certification records team along with the corrected spelling
    (OKABE). They make these changes in batches, usually within five business days, and I'll
    let you know here once the record and your certificates are updated.

    """) + SURVEY_FOOT + "\nBest regards,\n\nTomasz W.\nAmazon Web Services\n\n" + CONSOLE_FOOT
add("case_update", False, CD, [],
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CD, SUBJ_D), date=d, mid=ses_id("D-upd"),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019971@ses.amazon.com"),
    delivered=ME_P, note="Console update: received, passed to records team; survey footer and 'return to the Support Center' boilerplate.")

# 047 console resolved
d = D("2025-10-24 09:05:12")
t = dd("""
    Hello Misaki,

    Good news - the records team has corrected your family name. Your certification record
    for %s now shows MISAKI OKABE, and certificates you download from today on use the
    new spelling. Your Credly badges will pick up the change within a day or two.

    I'm setting this case to resolved. There's nothing more you need to do; if you
    spot anything that still shows the old spelling, you can reopen the case from the
    Support Center within the next 14 days.

    """) % CAND_NEW + SURVEY_FOOT + "\nBest regards,\n\nTomasz W.\nAmazon Web Services\n\n" + CONSOLE_FOOT
h = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.strip().split("\n\n")) + "</body></html>"
add("resolved", False, CD, [CAND_NEW],
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CD, SUBJ_D), date=d, mid=ses_id("D-done"),
    entity=alt(t, h, "D-done", cte="b64"), auth=ar_gmail("amazon.com", "0100019972@ses.amazon.com"),
    delivered=ME_P, received=rx_ses(d),
    note="Record fixed; 'no further action is required' plus survey-rating footer: resolved, not survey.")

# 048 Credly: badge details updated
d = D("2025-10-25 13:40:27")
t = dd("""
    Hi Misaki,

    The issuer Amazon Web Services Training and Certification has updated the details on
    4 of your badges (recipient name). No action is needed - your public badge pages already
    show the change.

    View your badges: https://www.credly.com/users/misaki-okabe/badges

    The Credly Team
    """)
add("badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P, subject="Your badge details have been updated",
    date=d, mid="<%s@credly.com>" % hx("credly3", 24), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("credly.com", "bounces@em.credly.com", sel="s1"), delivered=ME_P,
    note="Credly follow-up of case D; belongs to no case.")

# 049 other vendor: ticket closing for inactivity
d = D("2025-10-27 18:22:40")
t = dd("""
    Hi Misaki,

    We haven't heard back from you on ticket #1928374 ("Log pipeline drops events after
    agent upgrade"), so we're going to close it in 48 hours.

    If the issue is still happening, just reply to this email and the ticket will be
    reopened automatically.

    Thanks,
    Oskar
    Observability Cloud Support
    """)
add("unrelated", False, None, [],
    frm=addr("Observability Cloud Support", "support@obscloud.example.com"), to=ME_P,
    subject="[Ticket #1928374] Pending closure - we haven't heard from you", date=d,
    mid="<ticket-1928374-%s@obscloud.example.com>" % hx("obs", 8), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("obscloud.example.com", "support@obscloud.example.com", sel="zendesk1"), delivered=ME_P,
    note="Another vendor's closing-for-inactivity notice, worded like AWS's: unrelated, no reply flag, case null.")

# 050 other certification vendor asks to confirm an account merge
d = D("2025-10-28 04:10:16")
h = dd("""
    <html><body>
    <p>Hello Misaki,</p>
    <p>We found two profiles in our exam system that appear to belong to you:</p>
    <ul><li>misaki.okabe.jp@gmail.com (created 2025-10-02)</li>
    <li>m-okabe@kairo-sys.co.jp (created 2023-05-14, CKA certified)</li></ul>
    <p>Can you confirm that we should merge them into the Gmail profile? Please reply YES to this
    message and we'll complete it within two business days.</p>
    <p>Training &amp; Certification Support<br>Cloud Native Education Foundation</p>
    </body></html>
    """)
add("unrelated", False, None, [],
    frm=addr("CNEF Training Support", "certsupport@cnef-training.example.org"), to=ME_P,
    subject="Re: [Request 48213] Merge certification profiles", date=d,
    mid="<req48213.%s@cnef-training.example.org>" % hx("cnef", 10), entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("cnef-training.example.org", "certsupport@cnef-training.example.org", sel="s2024"),
    delivered=ME_P, note="Non-AWS certification body asks to confirm a profile merge: looks exactly like a confirmation request, but not AWS.")

# 051 AWS Educate form case (other program)
d = D("2025-10-29 05:33:48")
t = dd("""
    Hello,

    Thank you for contacting AWS Educate. To look into the classroom invitation you
    mentioned, could you tell us the email address your students used to register and the
    name of the institution? Once we have that, we'll check the invitation status.

    Best regards,
    Jonas
    AWS Educate Support
    """)
add("unrelated", False, "176171962800415", [],
    frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 176171962800415] [AWS Educate Form Submission] - classroom-support", date=d,
    mid=ses_id("educate"), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019973@ses.amazon.com"), delivered=ME_P,
    note="AWS Educate form case (another program) asking a question; not Training and Certification, so unrelated with no reply flag; case number kept since it is a genuine AWS case.")


# =====================================================================================
# November: 2023 case F reopened (stray 2021 account), new employer case G
# =====================================================================================
SUBJ_F = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CF
UNI = "m.okabe@stu.hokuto-u.example.ac.jp"

# 052 owner writes on the old 2023 thread
d = D("2025-11-04 08:52:10", JST)
t = dd("""
    Hello,

    I'm replying on this old case because it's the same problem as in 2023, and I finally
    have more information.

    My Cloud Practitioner exam from June 2021 still isn't in my history. Going through old
    files I found the score report, and it shows candidate ID %s - so there seems to be a
    third certification account, probably registered with my university address
    (%s). My current account is %s (merged in September under case %s).

    Could you move the 2021 exam into my current account?

    Thank you,
    Misaki Okabe

    On Mon, Jul 10, 2023 at 4:05 PM AWS Training and Certification <%s> wrote:
    > Hello Misaki,
    >
    > We searched for a second certification account using the details you provided but
    > couldn't find one. If you locate a candidate ID or the email address used for the
    > 2021 exam, please reply to this email and we'll look again.
    >
    > As we haven't been able to locate the record, I'm resolving this case for now.
    >
    > Regards,
    > Farah
    > AWS Training and Certification Customer Support
    """) % (CAND_2021, UNI, CAND_NEW, CA, TC_FORM)
old_f = "<0100018940a1b2c3d4-1f2e3d4c-5b6a-7988-a1b2-c3d4e5f60718-000000@email.amazonses.com>"
mid_52 = add("user_reply", False, CF, [CAND_2021, CAND_NEW],
    frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_F, date=d, mid=gmail_id("reply-F-1"),
    irt=old_f, refs=old_f, entity=leaf("text/plain", t, "utf-8", "qp"),
    note="Owner revives an 11-digit 2023 case; quoted 2023 text contains an old conditional request; her new text names two IDs and the September case.")

# 053 reopen acknowledgement
d = D("2025-11-04 00:20:33")
t = dd("""
    Hello,

    We've received your reply and case %s has been reopened. A member of our team will
    respond as soon as possible, usually within 24 hours.

    There's no need to open a new case for this request; we'll continue here.

    AWS Training and Certification Customer Support
    """) % CF
mid_53 = add("acknowledgement", False, CF, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-reopen"), irt=mid_52, refs=old_f + " " + mid_52,
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_gmail("amazon.com", "0100019974@ses.amazon.com"),
    delivered=ME_P, note="Automatic 'case reopened' notice: treated as an acknowledgement of receipt.")

# 054 info request: write from the address on the stray account
d = D("2025-11-05 01:47:26")
t = dd("""
    Hi Misaki,

    Thanks for finding the candidate ID. I located %s: it was created in May 2021 and
    holds a Cloud Practitioner result. Its login email is %s.

    Because moving exam records changes who owns them, we can only act on a request that
    comes from the email address on the account being merged. We'll need you to send a
    short reply to this case from %s, keeping the case number in the subject line.

    Kind regards,
    Rhea P.
    AWS Training and Certification Customer Support
    """) % (CAND_2021, UNI, UNI)
mid_54 = add("info_request", True, CF, [CAND_2021],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-info"), irt=mid_52, refs=old_f + " " + mid_52,
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019975@ses.amazon.com"),
    delivered=ME_P, received=rx_ses(d),
    note="Request to write from another (university) address, phrased 'We'll need you to…' without 'please'.")

# 055 owner: cannot write from that address
d = D("2025-11-05 19:03:44", JST)
t = dd("""
    Hi Rhea,

    Unfortunately I can't - that university address was closed when I graduated in 2022,
    and I have no way to sign in to it.

    What else can I give you to prove it's me? I still have the 2021 score report PDF,
    the exam date (June 12, 2021, test centre in Sapporo), and I can tell you the
    address I registered with at the time.

    Misaki

    On Wed, Nov 5, 2025 at 10:47 AM AWS Training and Certification <%s> wrote:
    > Hi Misaki,
    >
    > Thanks for finding the candidate ID. I located %s: [...]
    > We'll need you to send a short reply to this case from %s,
    > keeping the case number in the subject line.
    """) % (TC_FORM, CAND_2021, UNI)
mid_55 = add("user_reply", False, CF, [],
    frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_F, date=d, mid=gmail_id("reply-F-2"),
    irt=mid_54, refs=" ".join([old_f, mid_52, mid_54]), entity=leaf("text/plain", t, "utf-8", "7bit"),
    note="Owner's reply full of questions to support; still user_reply.")

# 056 on hold, waiting on the exam vendor (no question)
d = D("2025-11-06 03:15:09")
t = dd("""
    Hi Misaki,

    Understood, thank you. Since the original address can't be used, I've asked our exam
    delivery partner to confirm the 2021 registration against your current profile (name,
    date of birth and the test centre visit). Your case is on hold until they answer, which
    normally takes two to three business days.

    You don't need to send the score report; the partner's records are what we rely on here.
    I'll be back in touch as soon as I hear from them.

    Kind regards,
    Rhea P.
    AWS Training and Certification Customer Support
    """)
mid_56 = add("on_hold", False, CF, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-hold"), irt=mid_55,
    refs=" ".join([old_f, mid_52, mid_54, mid_55]), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019976@ses.amazon.com"), delivered=ME_P,
    note="On hold waiting for the exam vendor; asks nothing (explicitly declines the PDF).")

# 057 recertification congratulations
d = D("2025-11-06 09:12:00")
h = dd("""
    <html><body style="font-family:Arial">
    <h2>You're recertified!</h2>
    <p>Hello Misaki,</p>
    <p>You've successfully recertified <b>AWS Certified Solutions Architect &ndash; Associate</b>.
    Your new expiration date is November 1, 2028.</p>
    <table cellpadding="4"><tr><td>Candidate ID</td><td>%s</td></tr>
    <tr><td>Validation number</td><td>7Q2M4HXK1BF41Z3S</td></tr></table>
    <p>Your digital badge will be issued through Credly. You can download your certificate from
    your AWS Certification account.</p>
    <p>AWS Certification</p>
    </body></html>
    """) % CAND_NEW
add("certification", False, None, [CAND_NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="You've recertified AWS Certified Solutions Architect - Associate", date=d,
    mid="<%s.certmetrics@mta01.certmetrics.com>" % hx("recert"), entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("certmetrics.com", "bounces@certmetrics.com", sel="k1"), delivered=ME_P,
    note="Recertification notice, HTML only; validation number is not a case or candidate ID.")

# 058 case F confirmation request (multipart, question form)
d = D("2025-11-10 02:04:37")
t = dd("""
    Hi Misaki,

    Our exam delivery partner has confirmed the June 2021 registration, so we can go ahead
    without a message from the university address. (For reference, the stray account was
    created when the 2021 result was re-issued under case 1624587713.)

    Here is what we would merge:

    Account #1 - keep
      Login email: %s
      Candidate ID: %s

    Account #2 - merge into Account #1, then close
      Login email: %s
      Candidate ID: %s
      Holds: AWS Certified Cloud Practitioner (June 12, 2021, expired)

    Are both of these accounts yours, and do you want Account #2 merged into Account #1?
    A one-line answer is enough.

    Chidi O.
    AWS Training and Certification Customer Support
    """) % (ME_P, CAND_NEW, UNI, CAND_2021)
h = dd("""
    <html><body><div style="font-family:Calibri,Arial;font-size:11pt">
    <p>Hi Misaki,</p>
    <p>Our exam delivery partner has confirmed the June 2021 registration, so we can go ahead without a
    message from the university address. (For reference, the stray account was created when the 2021 result
    was re-issued under case 1624587713.)</p>
    <p>Here is what we would merge:</p>
    <table border="1" cellspacing="0" cellpadding="5">
    <tr><th></th><th>Account #1 &ndash; keep</th><th>Account #2 &ndash; merge into #1, then close</th></tr>
    <tr><td>Login email</td><td>%s</td><td>%s</td></tr>
    <tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
    <tr><td>Holds</td><td>current certifications</td><td>AWS Certified Cloud Practitioner (June 12, 2021, expired)</td></tr>
    </table>
    <p>Are both of these accounts yours, and do you want Account #2 merged into Account #1? A one-line
    answer is enough.</p>
    <p>Chidi O.<br>AWS Training and Certification Customer Support</p>
    </div></body></html>
    """) % (ME_P, UNI, CAND_NEW, CAND_2021)
mid_58 = add("confirmation_request", True, CF, [CAND_NEW, CAND_2021],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-confirm"), irt=mid_55,
    refs=" ".join([old_f, mid_52, mid_54, mid_55]), entity=alt(t, h, "F-confirm"),
    auth=ar_gmail("amazon.com", "0100019977@ses.amazon.com"), delivered=ME_P, received=rx_ses(d),
    note="Hold lifted and confirmation asked in one mail, as a question with no 'please'; a 10-digit 2021 case number is mentioned in passing (label stays the thread's case).")

# 059 case F closing notice, short
d = D("2025-11-13 01:10:02")
t = dd("""
    Hi Misaki,

    Just checking in on case %s - we're still waiting for your go-ahead on the merge
    described in my colleague's last message. Unless we hear from you by November 16,
    the case will be closed. Replying here keeps it open.

    Rhea P.
    AWS Training and Certification
    """) % CF
mid_59 = add("closing_notice", True, CF, [],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-close"), irt=mid_58,
    refs=" ".join([old_f, mid_52, mid_54, mid_55, mid_58]), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("amazon.com", "0100019978@ses.amazon.com"), delivered=ME_P,
    note="Short human-written closing notice referring back to the pending confirmation.")

# 060 owner confirms (short, top-post, no signature)
d = D("2025-11-13 12:40:19", JST)
t = dd("""
    Yes, both are mine - go ahead and merge #2 into #1. Thanks!

    On Thu, Nov 13, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:
    """) % TC_FORM + q(t) + "\n"
mid_60 = add("user_reply", False, CF, [],
    frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_F, date=d, mid=gmail_id("reply-F-3"),
    irt=mid_59, refs=" ".join([old_f, mid_52, mid_54, mid_55, mid_58, mid_59]),
    entity=leaf("text/plain", t, "utf-8", "7bit"), note="One-line confirmation by the owner.")

# 061 case F resolved, "-----Original Message-----" quoting
d = D("2025-11-13 06:02:55")
t = dd("""
    Hi Misaki,

    All set. I have merged Account #2 (%s) into Account #1 (%s). The 2021 Cloud
    Practitioner result now appears in your exam history; as it expired in 2024 it is
    listed as inactive and won't affect your current certifications.

    This case is now resolved.

    Chidi O.
    AWS Training and Certification Customer Support

    -----Original Message-----
    From: Misaki Okabe <%s>
    Sent: 11/13/2025 03:40 AM
    Subject: %s

    Yes, both are mine - go ahead and merge #2 into #1. Thanks!

    -----Original Message-----
    From: AWS Training and Certification <%s>
    Sent: 11/10/2025 02:04 AM
    Subject: %s

    """) % (CAND_2021, CAND_NEW, ME_P, SUBJ_F, TC_FORM, SUBJ_F)
t += dd("""
    Are both of these accounts yours, and do you want Account #2 merged into Account #1?
    A one-line answer is enough.
    """)
add("resolved", False, CF, [CAND_2021, CAND_NEW],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d, mid=ses_id("F-done"), irt=mid_60,
    refs=" ".join([old_f, mid_52, mid_54, mid_55, mid_58, mid_59, mid_60]),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019979@ses.amazon.com"),
    delivered=ME_P, crlf=True,
    note="Merge done; the confirmation question is quoted under '-----Original Message-----'.")

# 062 survey F
d = D("2025-11-14 16:20:00")
t = dd("""
    Hello,

    Case %s was recently resolved. Would you tell us how we did?

    Rate your experience: https://survey.aws.training/r/%s

    Your feedback helps us improve. This message was sent from an unmonitored address.

    AWS Training and Certification
    """) % (CF, hx("svF", 10))
add("survey", False, CF, [],
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="Your feedback on case %s" % CF, date=d, mid=ses_id("F-survey"),
    entity=leaf("text/plain", t, "utf-8", "7bit"), auth=ar_gmail("amazon.com", "0100019980@ses.amazon.com"),
    delivered=ME_P, note="Survey with a question mark ('how we did?').")

# 063 Credly lookalike phishing
d = D("2025-11-15 03:48:12")
h = dd("""
    <html><body style="font-family:Helvetica">
    <p><img src="https://credly-badgecenter.com/assets/logo.png" alt="Credly"></p>
    <p>Dear Earner,</p>
    <p>Following an issuer audit by <b>Amazon Web Services Training and Certification</b>, 3 of your
    badges have been flagged for revocation because your account email changed.</p>
    <p>Re-verify your identity within 24 hours to keep them:</p>
    <p><a href="https://credly-badgecenter.com/verify/earner?id=8a1c">Keep my badges</a></p>
    <p>The Credly Team</p>
    </body></html>
    """)
add("suspicious", False, None, [],
    frm=addr("Credly", "notifications@credly-badgecenter.com"), to=ME_P,
    subject="Action needed: your AWS badges are scheduled for revocation", date=d,
    mid="<%s@credly-badgecenter.com>" % hx("credphish", 18), entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("credly-badgecenter.com", "notifications@credly-badgecenter.com", sel="k2"),
    delivered=ME_P, note="Credly lookalike domain; passes its own DKIM; threat plus link.")

# 064 certification expiry reminder
d = D("2025-11-17 15:00:00")
t = dd("""
    Hello Misaki,

    Your AWS Certified Developer - Associate certification expires on May 17, 2026.

    To keep it active, you can pass the current version of the exam, or a higher-level exam
    that recertifies it. Remember that your 50%% exam benefit can be used for the exam.

    Candidate ID: %s

    Plan your recertification: https://aws.amazon.com/certification/recertification/

    AWS Certification
    """) % CAND_NEW
add("certification", False, None, [CAND_NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certification expires in 180 days", date=d,
    mid="<%s.certmetrics@mta02.certmetrics.com>" % hx("expiry"), entity=leaf("text/plain", t, "utf-8", "qp"),
    auth=ar_gmail("certmetrics.com", "bounces@certmetrics.com", sel="k1"), delivered=ME_P,
    note="Expiry reminder with imperative 'Remember…'; no case.")

# 065 new employer colleague
d = D("2025-11-18 10:21:45", JST)
t = dd("""
    Okabe-san,

    Welcome aboard again! One favour: for our AWS partner tier review we need every certified
    engineer to share their certifications with the Lumenworks partner account. Could you
    confirm by Friday that yours are linked? If AWS support asks who the partner admin is,
    it's me.

    Thanks,
    Daisuke Hara
    Partner Alliance, Lumenworks K.K.
    """)
add("unrelated", False, None, [],
    frm=addr("Daisuke Hara", "d.hara@lumenworks.example.jp"), to=ME_P,
    subject="AWS certification sharing for partner tier", date=d, mid=gmail_id("hara"),
    entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("lumenworks.example.jp", "d.hara@lumenworks.example.jp", sel="google"), delivered=ME_P,
    note="New employer asks her to confirm partner sharing by Friday: a 'confirm' request, but from a colleague.")

# 066 acknowledgement case G, with a conditional invitation
d = D("2025-11-19 01:27:31")
t = dd("""
    Hello,

    Thanks for contacting AWS Training and Certification. Your request has been received
    and case %s is now open.

    We aim to respond within 24 hours. If you have additional details to share in the
    meantime, you can reply to this email - there's no need to submit the form again.

    Case ID: %s
    Inquiry type: Certification
    Additional details: Partner certification sharing
    Candidate ID: %s

    AWS Training and Certification Customer Support
    """) % (CG, CG, CAND_NEW)
mid_66 = add("acknowledgement", False, CG, [CAND_NEW],
    frm=TC_FROM, to=ME_P,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-sharing" % CG,
    date=d, mid=ses_id("ack-G"), entity=leaf("text/plain", t, "utf-8", "7bit"),
    auth=ar_gmail("amazon.com", "0100019981@ses.amazon.com"), delivered=ME_P, received=rx_ses(d),
    note="Acknowledgement with a conditional invitation to reply ('if you have additional details').")

# 067 case G info request, HTML only, request buried after explanation, 'kindly'
d = D("2025-11-19 07:44:50")
h = dd("""
    <html><body style="font-family:Arial;font-size:13px">
    <p>Hello Misaki,</p>
    <p>Thanks for your request. Sharing your certifications with a partner is normally something you
    can switch on yourself: in your AWS Certification account, open <i>Account settings</i> and fill in
    the partner sharing section. Partners then see your certifications in Partner Central, usually
    within five business days.</p>
    <p>In your case the sharing option is greyed out, because the previous association with Kairo
    Systems was removed manually in September and a flag was left on the account. I can clear it, but
    I have to attach the new partner at the same time.</p>
    <p>For that I kindly ask you to send me the legal name of your new employer exactly as it is
    registered in the AWS Partner Network, and the email address you use to sign in to Partner
    Central.</p>
    <p>Best regards,<br>Sven L.<br>AWS Training and Certification Customer Support</p>
    </body></html>
    """)
mid_67 = add("info_request", True, CG, [],
    frm=TC_FROM, to=ME_P,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-sharing" % CG,
    date=d, mid=ses_id("G-info"), irt=mid_66, refs=mid_66, entity=leaf("text/html", h, "utf-8", "qp"),
    auth=ar_gmail("amazon.com", "0100019982@ses.amazon.com"), delivered=ME_P,
    note="HTML only; long self-service explanation first, the actual request ('kindly ask you to send') in the last paragraph.")

# 068 owner answers case G
d = D("2025-11-19 18:05:33", JST)
t = dd("""
    Hi Sven,

    Thanks for explaining. The details:

    - Partner name: Lumenworks K.K.
    - Partner Central login: %s

    Misaki

    On Wed, Nov 19, 2025 at 4:44 PM AWS Training and Certification <%s> wrote:
    > Hello Misaki,
    >
    > Thanks for your request. Sharing your certifications with a partner is normally
    > something you can switch on yourself [...]
    >
    > For that I kindly ask you to send me the legal name of your new employer exactly as
    > it is registered in the AWS Partner Network, and the email address you use to sign in
    > to Partner Central.
    """) % (ME_P, TC_FORM)
h = "<div dir=\"ltr\">" + t.split("\nOn Wed")[0].replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Nov 19, 2025 at 4:44 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">Hello Misaki,<br><br>For that I kindly ask you to send me the legal name of your new employer exactly as it is registered in the AWS Partner Network, and the email address you use to sign in to Partner Central.</blockquote></div>\n" % TC_FORM
mid_68 = add("user_reply", False, CG, [],
    frm=addr(ME_NAME, ME_P), to=TC_FORM,
    subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-sharing" % CG,
    date=d, mid=gmail_id("reply-G"), irt=mid_67, refs=mid_66 + " " + mid_67,
    entity=alt(t, h, "G-reply"), note="Owner's Gmail HTML+text reply with a blockquote holding the request.")

# 069 case G resolved with conditional
d = D("2025-11-20 02:36:08")
t = dd("""
    Hello Misaki,

    Thank you. I've cleared the old flag and attached your certification account to
    Lumenworks K.K. The sharing option in Account settings is now switched on, and the
    partner should see your certifications in Partner Central within five business days.

    That completes your request. Should the certifications still be missing from Partner
    Central after a week, reply to this message and I'll take another look.

    Best regards,
    Sven L.
    AWS Training and Certification Customer Support
    """)
add("resolved", False, CG, [],
    frm=TC_FROM, to=ME_P,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-sharing" % CG,
    date=d, mid=ses_id("G-done"), irt=mid_68, refs=" ".join([mid_66, mid_67, mid_68]),
    entity=leaf("text/plain", t, "utf-8", "qp"), auth=ar_gmail("amazon.com", "0100019983@ses.amazon.com"),
    delivered=ME_P, received=rx_ses(d), note="Done; 'Should … still be missing … reply' is conditional.")


# =====================================================================================
# write everything
# =====================================================================================
README_HEAD = """me: %s %s

# Blind corpus: one mailbox, autumn 2025

The mailbox of Misaki Okabe. She leaves Kairo Systems (an AWS Partner Network company) on
2025-09-30; her company mailbox (%s, Microsoft 365) closes that evening. Her personal
Gmail (%s) is the address she keeps. Messages are in arrival order; the files she sent
herself are in the mailbox too (sent items). Generated by `python3 gen.py` (standard library only).

## Cases in the set

| case | format | channel | story | outcome |
|---|---|---|---|---|
| %s | 15 digits | T&C form, email | merge company account (%s) into personal (%s); APN partner hold, question buried in the hold, hold lifted, Account #1/#2 confirmation (HTML table), closing notice, confirmation, merge | resolved, survey, Credly badges |
| %s | 15 digits | T&C form, email (company mailbox, Japanese template) | same request filed again from the company address | closed as duplicate of the first case |
| %s | 15 digits | T&C form, email, Japanese | 50%% voucher missing after the merge; keigo request (ISO-2022-JP), Japanese closing notice (Shift_JIS), English update | voucher reissued, Japanese survey |
| %s | 15 digits | AWS Support Center (console) | name romanized wrongly on the certification record; request to upload ID in the console; owner wrongly answers by email and it bounces; auto-resolve warning | record fixed |
| %s | 11 digits (2023) | T&C form, email | owner revives a 2023 case: a third account (%s, university address) holds a 2021 exam; asked to write from the closed university address; on hold with the exam vendor; confirmation; merge. A 10-digit 2021 case number is mentioned in passing | resolved, survey |
| %s | 15 digits | T&C form, email | share certifications with the new employer's partner; HTML-only request buried after an explanation | resolved |
| 176171962800415 | 15 digits | AWS Educate form | another AWS program asks a question | labelled unrelated |

## Labelling decisions (judgement calls)

- `needs_reply` is true only on support messages of a real Training and Certification case that
  leave support waiting for her at the moment they arrive: the APN hold that ends with a question,
  both confirmation requests, the info requests (including "upload in the Support Center" and
  "write from another address"), and every closing notice (email or console auto-resolve).
- The hold on the 2023 case while the exam vendor checks records asks nothing (it even declines the
  PDF she offered): `on_hold`, no reply. The partner hold in September asks a question: `on_hold`, reply.
- "Case reopened, we'll answer within 24 hours" is an automatic notice of receipt: `acknowledgement`.
- A duplicate case closed and linked to the other one is `case_update` (it is not closed for lack
  of reply, and not resolved: the work goes on elsewhere).
- The mail-system bounce of her email to the console no-reply address is `unrelated` with no reply
  flag (it is not support writing); it keeps the case number because it belongs to that thread. The
  request it concerns is already flagged on the console request and the auto-resolve warning.
- AWS Educate is another program: `unrelated`, no reply flag even though it asks a question. Its
  case number is kept because it is a genuine AWS case. Other vendors' tickets (7-digit ticket,
  request 48213) are not AWS case numbers: `case` null.
- Phishing: `case` null, even when the subject carries a `[CASE …]` token (the spoof with
  dmarc=fail invents one).
- The CertMetrics "Tell us about your AWS Certification experience" mail is a program survey, not about a case:
  `certification`. Pearson VUE is an exam vendor: `unrelated`.
- Credly mail that follows a case (badges after the merge, name updated) belongs to no case.
- `candidate_ids`: IDs in the message's own text. The form details echoed by an acknowledgement
  count (they are the system's own body, not reply-quoted history). IDs only inside quoted or
  forwarded history (">" lines, "-----Original Message-----", Outlook "From/Sent" blocks, Gmail
  forward blocks, 元のメッセージ) do not count. A masked ID (AWS1164****) is not an ID.
- The owner's own mails (replies, forwards to an ex-colleague, notes to herself) are `user_reply`
  and never need a reply, whatever questions they contain.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        lab = m["label"]
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            m["note"].replace("|", "/")))
    head = README_HEAD % (ME_P, ME_C, ME_C, ME_P, CA, CAND_OLD, CAND_NEW, CB, CC, CD, CF, CAND_2021, CG)
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    tail = "\n\n%d messages; %d with needs_reply true. Per kind: %s.\n" % (
        len(MSGS), nr, ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + tail)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", nr))


if __name__ == "__main__":
    main()
