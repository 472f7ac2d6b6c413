#!/usr/bin/env python3
"""Generate the blind-402 corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script.
Standard library only. Deterministic."""
import base64, json, os, quopri, random, sys
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(402)

# ---- the mailbox owner -------------------------------------------------------------
ME_P = "daisuke.okabe.dev@gmail.com"           # personal (kept) address
ME_C = "d.okabe@mizunami-tech.co.jp"           # company address (mailbox closes 9 May)
ME_NAME = "Daisuke Okabe"
ME_JA = "岡部 大輔"
NEWJOB = "okabe.d@tsurumi-dataworks.jp"         # new employer address (not "me": never sent from here)

# ---- cases ----------------------------------------------------------------------------
CASE_A = "174588853700381"   # T&C form, merge company -> personal, APN hold
CASE_B = "174588893200417"   # duplicate form submission of A
CASE_C = "14852093716"       # Support Center console case: 50% voucher missing after merge
CASE_D = "8391560274"        # T&C form case in Japanese: name order on certificate
CASE_E = "174722494000562"   # T&C form: second personal account with same address, Credly
CAND_OLD = "AWS04477120"     # company certification account
CAND_NEW = "AWS11902386"     # personal certification account (kept)
CAND_DUP = "AWS12055741"     # accidental duplicate with the personal address

TC_FROM = formataddr(("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"))
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))

def ses_id():
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexid(9), hexid(8), hexid(4), hexid(4), hexid(12))

def gmail_id():
    return "<CA%s%s@mail.gmail.com>" % (
        "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(22)),
        "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=") for _ in range(24)))

def outlook_id():
    return "<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>" % (
        RNG.randint(1000, 9999), hexid(8).upper(), RNG.randint(1000, 9999))

def generic_id(domain):
    return "<%s.%s@%s>" % (hexid(16), hexid(6), domain)

def hdr(value, charset="utf-8"):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()

def addr(name, email, charset="utf-8"):
    return formataddr((name, email), charset=charset) if name else email

def auth(server, domain, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono",
         ip="54.240.8.21", mailfrom=None):
    mailfrom = mailfrom or ("bounces@" + domain)
    parts = ["%s;" % server]
    if dkim:
        parts.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, domain, sel, hexid(8)))
    parts.append("       spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s" % (
        spf, server, mailfrom, ip, mailfrom, ";" if dmarc else ""))
    if dmarc:
        pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
        parts.append("       dmarc=%s %s header.from=%s" % (dmarc, pol, domain))
    return "\n".join(parts)

def gauth(domain, **kw):
    return auth("mx.google.com", domain, **kw)

def cauth(domain, **kw):
    return auth("mx01.mizunami-tech.co.jp", domain, **kw)

def refs(*ids):
    return "\n\t".join(i for i in ids if i)

# ---- MIME building -------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, content=None, charset="utf-8", cte="quoted-printable", parts=None, extra=None):
        self.ctype, self.content, self.charset, self.cte = ctype, content, charset, cte
        self.parts, self.extra = parts, extra or []

def T(content, charset="utf-8", cte="quoted-printable", fmt=None):
    extra = []
    p = Part("text/plain", content, charset, cte)
    if fmt:
        p.fmt = fmt
    return p

def H(content, charset="utf-8", cte="quoted-printable"):
    return Part("text/html", content, charset, cte)

def ALT(*parts):
    return Part("multipart/alternative", parts=list(parts))

def MIX(*parts):
    return Part("multipart/mixed", parts=list(parts))

def REL(*parts):
    return Part("multipart/related", parts=list(parts))

def ATT(ctype, filename, data):
    return Part(ctype, data, None, "base64", extra=[("Content-Disposition", 'attachment; filename="%s"' % filename)])

def encode_body(p):
    data = p.content if isinstance(p.content, bytes) else p.content.encode(p.charset or "ascii")
    if p.cte == "base64":
        return base64.encodebytes(data)
    if p.cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    # 7bit / 8bit: raw
    return data if data.endswith(b"\n") else data + b"\n"

def render_part(p):
    """Return (list of header lines, body bytes)."""
    if p.parts is not None:
        boundary = "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999),
                                             RNG.randint(1000000000000, 1999999999999))
        heads = ['Content-Type: %s;\n\tboundary="%s"' % (p.ctype, boundary)]
        body = b""
        for sub in p.parts:
            h, b = render_part(sub)
            body += b"\n--" + boundary.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b
        body += b"\n--" + boundary.encode() + b"--\n"
        return heads, body
    ct = p.ctype
    if p.charset:
        ct += "; charset=%s" % (p.charset if p.charset != "utf-8" else "UTF-8")
    if getattr(p, "fmt", None):
        ct += "; format=%s" % p.fmt
    heads = ["Content-Type: %s" % ct, "Content-Transfer-Encoding: %s" % p.cte]
    heads += ["%s: %s" % kv for kv in p.extra]
    return heads, encode_body(p)

MSGS = []

def add(kind, reply, case, cands, note, headers, body, crlf=False, preamble=False):
    """headers: list of (name, value) in order; body: Part."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    h, b = render_part(body)
    lines += h
    raw = "\n".join(lines).encode("ascii") + b"\n\n"
    if preamble and body.parts is not None:
        raw += b"This is a multi-part message in MIME format.\n"
    raw += b
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=list(cands), note=note, raw=raw))

def ack_footer():
    return ""

def recv(host, ip, to, date, by="mx.google.com"):
    return "from %s (%s. [%s])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s" % (
        host, host, ip, by, hexid(16), to, date)

SES = "a8-21.smtp-out.amazonses.com"

# =========================================================================================
# 001  unrelated: AWS billing statement (no-reply-aws, 12-digit account id)
D = "Thu, 24 Apr 2025 10:31:07 +0000"
add("unrelated", False, None, [],
    "AWS Billing statement from no-reply-aws@amazon.com, same sender as console cases; 12-digit account id in brackets, not a case.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_P),
     ("Subject", "Amazon Web Services Billing Statement Available [Account: 482109375516]"),
     ("Date", D), ("Message-ID", ses_id())],
    ALT(T("""Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement for your AWS account
482109375516 is now available in the Billing and Cost Management console.

Statement period: April 1 - April 30, 2025 (estimated)
Amount due: USD 3.41

You can view the details at https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
""", cte="7bit"),
        H("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that the latest billing statement for your AWS account <b>482109375516</b> is now available in the Billing and Cost Management console.</p>
<table border="0" cellpadding="4"><tr><td>Statement period</td><td>April 1 - April 30, 2025 (estimated)</td></tr>
<tr><td>Amount due</td><td>USD 3.41</td></tr></table>
<p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.</p>
</body></html>""")))

# 002  unrelated: colleague handover, Japanese ISO-2022-JP, to company address
D = "Fri, 25 Apr 2025 17:48:22 +0900"
add("unrelated", False, None, [],
    "Colleague's handover mail in ISO-2022-JP; asks questions and mentions AWS accounts and the cert account, but it is internal mail, not support.",
    [("Authentication-Results", cauth("mizunami-tech.co.jp", sel="mzt2024", ip="203.0.113.25")),
     ("From", addr("堀田 沙織", "s.hotta@mizunami-tech.co.jp", "iso-2022-jp")),
     ("To", addr("岡部 大輔", ME_C, "iso-2022-jp")),
     ("Subject", hdr("引き継ぎ資料の件(AWSアカウント周り)", "iso-2022-jp")),
     ("Date", D), ("Message-ID", outlook_id()),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    T("""岡部さん

お疲れさまです、堀田です。
引き継ぎ資料ありがとうございました。いくつか確認させてください。

1. 検証用AWSアカウント(末尾 5516 ではない方)のルートユーザーのMFAは
   誰のデバイスに移しましたか?
2. 資格取得支援制度の申請フローは総務の誰に聞けばよいでしょうか。
3. APNのパートナーセントラルで岡部さんの認定情報が会社に紐づいていると
   思いますが、退職後はどうなるんでしょう?こちらで何か操作が必要なら
   教えてください。

最終出社日(5/9)までに一度30分ほどお時間いただけると助かります。

堀田
""", charset="iso-2022-jp", cte="7bit"))

# 003  certification: expiry reminder to company address, candidate id
D = "Sat, 26 Apr 2025 06:12:40 +0000"
add("certification", False, None, [CAND_OLD],
    "CertMetrics expiry reminder to the company address; certification program mail with a candidate ID, no case.",
    [("Received", recv("mail-out3.certmetrics.com", "198.51.100.73", ME_C, D, by="mx01.mizunami-tech.co.jp")),
     ("Authentication-Results", cauth("certmetrics.com", sel="s1", ip="198.51.100.73")),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_C),
     ("Subject", "Your AWS Certification expires in 90 days"),
     ("Date", D), ("Message-ID", generic_id("certmetrics.com"))],
    H("""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Daisuke,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification is set to expire on <b>July 25, 2025</b>.</p>
<p>To keep your credential active, pass the current version of the exam or a qualifying higher-level exam before the expiration date. Recertifying also renews your digital badge.</p>
<table style="border:1px solid #ddd" cellpadding="6"><tr><td>Candidate ID</td><td>AWS04477120</td></tr>
<tr><td>Certification</td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Validation number</td><td>7QW2PL91XB4E1HKS</td></tr></table>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification account</a></p>
<p>Regards,<br>AWS Training and Certification</p>
</td></tr></table></body></html>"""))

# 004  user_reply: memo to self, company -> personal, base64 UTF-8
D = "Mon, 28 Apr 2025 19:05:31 +0900"
add("user_reply", False, None, [CAND_OLD],
    "Owner's memo to himself (company to personal address) before filing the merge; mentions merge and a candidate ID but no case yet.",
    [("Authentication-Results", gauth("mizunami-tech.co.jp", sel="mzt2024", ip="203.0.113.25")),
     ("From", addr("岡部 大輔", ME_C)),
     ("To", ME_P),
     ("Subject", hdr("メモ: 認定アカウント(会社)の中身")),
     ("Date", D), ("Message-ID", outlook_id()),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    T("""自分用メモ。統合前の旧アカウントの状態。

候補ID: AWS04477120 (会社アドレスでログイン、APN連携あり)
取得済み:
  - Cloud Practitioner (2019/11 取得、2022 再認定)
  - Solutions Architect - Associate (2022/07)
  - Developer - Associate (2024/02)
特典:
  - 次回試験 50% 割引バウチャー (未使用、期限 2026/02/18)
証明書PDFは3つともDLして Google Drive の certs/ に保存済み。

やること:
  [x] Builder ID を個人アドレスで作成
  [ ] 個人の認定アカウントを作る
  [ ] 問い合わせフォームから統合依頼 (Account Merge)
  [ ] 5/9 までに完了させる
""", cte="base64"))

# 005  unrelated: Builder ID OTP
D = "Mon, 28 Apr 2025 10:21:09 +0000"
add("unrelated", False, None, [],
    "Builder ID verification code from no-reply@signin.aws; a 6-digit code, not a case number, and 'verify' wording.",
    [("Received", recv("a9-12.smtp-out.amazonses.com", "54.240.9.12", ME_P, D)),
     ("Authentication-Results", gauth("signin.aws", ip="54.240.9.12")),
     ("From", addr("AWS", "no-reply@signin.aws")),
     ("To", ME_P),
     ("Subject", "Verify your AWS Builder ID email address"),
     ("Date", D), ("Message-ID", ses_id())],
    ALT(T("""Verify your email address

Use the following code to finish creating your AWS Builder ID:

    581204

This code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can safely ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", cte="7bit"),
        H("""<html><body><h2>Verify your email address</h2><p>Use the following code to finish creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:4px"><b>581204</b></p><p>This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can safely ignore this message.</p></body></html>""")))

# 006  certification: new certification account created (new candidate id)
D = "Mon, 28 Apr 2025 10:33:52 +0000"
add("certification", False, None, [CAND_NEW],
    "Welcome mail for the new personal certification account, with the new candidate ID; program mail, no case.",
    [("Received", recv("mail-out1.certmetrics.com", "198.51.100.71", ME_P, D)),
     ("Authentication-Results", gauth("certmetrics.com", sel="s1", ip="198.51.100.71")),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_P),
     ("Subject", "Welcome to your AWS Certification account"),
     ("Date", D), ("Message-ID", generic_id("certmetrics.com"))],
    T("""Hello Daisuke Okabe,

Your AWS Certification account has been created.

  Candidate ID: AWS11902386
  Login email:  daisuke.okabe.dev@gmail.com

From your account you can schedule exams, download certificates and see your
benefits once you earn a certification. Keep your candidate ID handy - the
test centre and our support team may ask for it.

AWS Training and Certification
https://www.aws.training/Certification

Please do not reply to this automated message.
""", cte="quoted-printable"))

# 007  acknowledgement A (English, multipart)
D = "Tue, 29 Apr 2025 01:02:58 +0000"
A_ACK = ses_id()
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
add("acknowledgement", False, CASE_A, [],
    "Form-case acknowledgement for case A; says don't open another case and an answer usually within a day; multipart/alternative.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("Reply-To", "aws-cs-trainingcertification-form@amazon.com"),
     ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_ACK)],
    ALT(T("""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged and a member of our team will pick it up shortly.

  Case ID: %s
  Subject: Account Merge
  Submitted by: daisuke.okabe.dev@gmail.com

Most requests get a first response within one business day, although some take
longer when we need to involve another team.

One request from our side: this case already covers your question, so there is
no need to submit the form again. Extra submissions for the same request are
queued separately and tend to slow things down.

Best regards,
AWS Training and Certification Customer Service
""" % CASE_A, cte="7bit"),
        H("""<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<p>Hello,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request has been logged and a member of our team will pick it up shortly.</p>
<table cellpadding="3"><tr><td><b>Case ID:</b></td><td>%s</td></tr><tr><td><b>Subject:</b></td><td>Account Merge</td></tr>
<tr><td><b>Submitted by:</b></td><td>daisuke.okabe.dev@gmail.com</td></tr></table>
<p>Most requests get a first response within one business day, although some take longer when we need to involve another team.</p>
<p>One request from our side: this case already covers your question, so there is no need to submit the form again. Extra submissions for the same request are queued separately and tend to slow things down.</p>
<p>Best regards,<br>AWS Training and Certification Customer Service</p></body></html>""" % CASE_A)))

# 008  acknowledgement B (Japanese, ISO-2022-JP): duplicate form submission
D = "Tue, 29 Apr 2025 01:09:31 +0000"
B_ACK = ses_id()
SUBJ_B = "RE: [CASE %s] %s" % (CASE_B, TC_SUBJ)
add("acknowledgement", False, CASE_B, [],
    "Second acknowledgement six minutes later for a duplicate submission (case B), in Japanese ISO-2022-JP; 'RE: [CASE' with a space.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_B), ("Date", D), ("Message-ID", B_ACK)],
    T("""岡部 大輔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

  ケース番号: %s
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合

担当者が内容を確認のうえ、原則として1営業日以内にご連絡いたします。
内容によってはお時間をいただく場合がございますので、あらかじめご了承ください。

なお、同じ内容で複数のお問い合わせをいただきますと、対応が遅れる原因と
なります。本件についてはこのケースでご連絡いたしますので、再度の送信は
お控えください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B, charset="iso-2022-jp", cte="7bit"))

# 009  unrelated: AWS marketing, HTML only
D = "Tue, 29 Apr 2025 04:30:00 +0000"
add("unrelated", False, None, [],
    "AWS marketing (Summit registration), HTML-only; mentions certification lounge and 'Register now'.",
    [("Received", recv("a7-55.smtp-out.amazonses.com", "54.240.7.55", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.7.55")),
     ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_P), ("Subject", hdr("【AWS Summit Japan 2025】参加登録受付中 - 認定者ラウンジのご案内")),
     ("Date", D), ("Message-ID", ses_id()),
     ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hexid(12))],
    H("""<html><body style="margin:0;background:#f2f3f3">
<table width="640" align="center" bgcolor="#ffffff" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit-jp-2025.png" alt="AWS Summit Japan 2025" width="640"></td></tr>
<tr><td style="padding:24px">
<p>AWS Summit Japan 2025 の参加登録を受け付けています。</p>
<p>今年も AWS 認定保持者専用の<b>認定者ラウンジ</b>をご用意しました。会場で認定をご提示いただくと、限定ノベルティをお渡しします。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用アドレスから送信されています。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>"""))

# 010  case_update B: duplicate closed, continue on A
D = "Tue, 29 Apr 2025 09:14:06 +0000"
add("case_update", False, CASE_B, [],
    "Duplicate case B closed and pointed at case A; names both case numbers; 'closed' but not a closing notice and nothing to answer.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_B), ("Date", D), ("Message-ID", ses_id()),
     ("In-Reply-To", B_ACK), ("References", B_ACK)],
    T("""Hello Daisuke,

It looks like the form was sent twice this morning. The first submission is
already open as case %s, and that is where we will keep working on the account
merge.

So that nobody on our side answers you twice (or, worse, differently), I have
closed this case, %s, as a duplicate and linked it to the original one. Nothing
is lost and you don't have to do anything - please just keep an eye out for
mail under case %s.

Kind regards,
Ewa
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A), cte="7bit"))

# 011  on_hold A + buried question (needs reply)
D = "Wed, 30 Apr 2025 11:20:44 +0000"
A_HOLD1 = ses_id()
A_HOLD1_TXT = """Hello Daisuke,

Thank you for your patience while I looked into this.

When I checked the account you would like to retire (candidate ID AWS04477120,
login d.okabe@mizunami-tech.co.jp), I found that it is associated with the AWS
Partner Network profile of Mizunami Tech Co., Ltd. Certifications held on a
partner-linked account count towards that partner's tier and programme
requirements, so we are not able to move them into a personal account while the
holder still works for the partner organisation.

For that reason the merge is on hold for the moment.

That said, if you are leaving Mizunami Tech, this can move forward. What would
help is your final working day with the company, and your confirmation that you
no longer want your certifications to be visible to Mizunami Tech through the
partner profile. Once we have that, I will ask our partner team to release the
record.

Regards,
Priya S.
AWS Training and Certification Customer Service
"""
add("on_hold", True, CASE_A, [CAND_OLD],
    "APN partner hold on case A, but the hold carries a question (last working day + consent) phrased as 'What would help is...'; the owner must write back.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_HOLD1),
     ("In-Reply-To", A_ACK), ("References", A_ACK)],
    T(A_HOLD1_TXT, cte="quoted-printable"))

# 012  unrelated: GitHub PR merged
D = "Wed, 30 Apr 2025 05:05:12 -0700"
add("unrelated", False, None, [],
    "GitHub notification 'Merged #214' about an account-merge module; the word merged is a trap.",
    [("Received", recv("out-21.smtp.github.com", "192.30.252.204", ME_C, D, by="mx01.mizunami-tech.co.jp")),
     ("Authentication-Results", cauth("github.com", sel="pf2023", ip="192.30.252.204")),
     ("From", addr("Kenta Mori", "notifications@github.com")),
     ("Reply-To", "mizunami-tech/infra-modules <reply+AAQX7K2M5VUS@reply.github.com>"),
     ("To", "mizunami-tech/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", "Daisuke Okabe <dokabe-mzt@noreply.github.com>, Review requested <review_requested@noreply.github.com>"),
     ("Subject", "Re: [mizunami-tech/infra-modules] Merge legacy account-merge module into org baseline (PR #214)"),
     ("Date", D), ("Message-ID", "<mizunami-tech/infra-modules/pull/214/issue_event/17388204412@github.com>"),
     ("In-Reply-To", "<mizunami-tech/infra-modules/pull/214@github.com>"),
     ("References", "<mizunami-tech/infra-modules/pull/214@github.com>")],
    ALT(T("""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mizunami-tech/infra-modules/pull/214#event-17388204412
You are receiving this because your review was requested.
""", cte="7bit"),
        H("""<p>Merged <a href="https://github.com/mizunami-tech/infra-modules/pull/214">#214</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/mizunami-tech/infra-modules/pull/214#event-17388204412">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>""")))

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"

def outlook_q(frm, sent, to, subj, text, cc=None):
    h = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n\n%s" % (subj, text)

# 013  user_reply A: last day + candidate ids (Gmail quoting)
D = "Wed, 30 Apr 2025 21:44:19 +0900"
A_U1 = gmail_id()
A_U1_TXT = """Hello Priya,

Thank you for looking into this so quickly.

Yes, I am leaving Mizunami Tech. My final working day is Friday, 9 May 2025,
and d.okabe@mizunami-tech.co.jp will be switched off after that date.
I confirm that I no longer want my certifications associated with the
Mizunami Tech partner profile.

For reference:
  old account: AWS04477120 (d.okabe@mizunami-tech.co.jp)
  new account: AWS11902386 (daisuke.okabe.dev@gmail.com)

Best regards,
Daisuke Okabe
"""
add("user_reply", False, CASE_A, [CAND_OLD, CAND_NEW],
    "Owner answers the hold question; Gmail 'On ... wrote:' quoting of the hold below; candidate IDs in his own text.",
    [("From", addr(ME_NAME, ME_P)), ("To", "aws-cs-trainingcertification-form@amazon.com"),
     ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_U1),
     ("In-Reply-To", A_HOLD1), ("References", refs(A_ACK, A_HOLD1))],
    ALT(T(A_U1_TXT + "\nOn Wed, Apr 30, 2025 at 8:20 PM AWS Training and Certification <\naws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + q(A_HOLD1_TXT), cte="quoted-printable"),
        H("<div dir=\"ltr\">" + A_U1_TXT.replace("\n", "<br>\n") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Apr 30, 2025 at 8:20 PM AWS Training and Certification &lt;<a href=\"mailto:aws-cs-trainingcertification-form@amazon.com\">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + A_HOLD1_TXT.replace("\n", "<br>\n") + "</blockquote></div>")))

# 014  unrelated: Pearson VUE booking confirmation (9-digit registration, candidate id)
D = "Thu, 01 May 2025 00:31:55 +0000"
add("unrelated", False, None, [CAND_NEW],
    "Pearson VUE exam booking (exam vendor) with a 9-digit registration number and the candidate ID; 'confirmation' and reschedule instructions, not a case.",
    [("Received", recv("mta12.pearsonvue.com", "192.0.2.112", ME_P, D)),
     ("Authentication-Results", gauth("pearson.com", sel="pvue1", ip="192.0.2.112")),
     ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
     ("To", ME_P), ("Subject", "Pearson VUE Confirmation of Booking"),
     ("Date", D), ("Message-ID", generic_id("pearsonvue.com"))],
    ALT(T("""Dear Daisuke Okabe,

Thank you for scheduling your exam with Pearson VUE.

  Exam:               SCS-C02: AWS Certified Security - Specialty
  Language:           Japanese
  Date and time:      Saturday, June 14, 2025 10:00 JST
  Location:           Pearson VUE Test Center, Tokyo Shinjuku
  Registration ID:    482119073
  AWS Candidate ID:   AWS11902386

Please arrive 30 minutes early and bring two forms of identification whose names
exactly match the name on your registration.

Need to reschedule or cancel? Do so at least 24 hours before your appointment
at https://home.pearsonvue.com/aws

Pearson VUE
""", cte="quoted-printable"),
        H("""<html><body><p>Dear Daisuke Okabe,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>Exam</td><td>SCS-C02: AWS Certified Security - Specialty</td></tr>
<tr><td>Language</td><td>Japanese</td></tr>
<tr><td>Date and time</td><td>Saturday, June 14, 2025 10:00 JST</td></tr>
<tr><td>Location</td><td>Pearson VUE Test Center, Tokyo Shinjuku</td></tr>
<tr><td>Registration ID</td><td>482119073</td></tr>
<tr><td>AWS Candidate ID</td><td>AWS11902386</td></tr></table>
<p>Please arrive 30 minutes early and bring two forms of identification whose names exactly match the name on your registration.</p>
<p>Need to reschedule or cancel? Do so at least 24 hours before your appointment at <a href="https://home.pearsonvue.com/aws">home.pearsonvue.com/aws</a></p></body></html>""")))

# 015  on_hold A, pure (nothing to do), quotes the owner's reply incl. candidate ids
D = "Thu, 01 May 2025 06:02:10 +0000"
A_HOLD2 = ses_id()
add("on_hold", False, CASE_A, [],
    "Pure hold on case A: partner team must release the record, 'nothing needed from you'; quotes the owner's mail (candidate IDs only in the quote).",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_HOLD2),
     ("In-Reply-To", A_U1), ("References", refs(A_ACK, A_HOLD1, A_U1))],
    T("""Hi Daisuke,

Thanks for the quick reply and for confirming your leaving date.

I've passed your case to our AWS Partner Network colleagues. Before the merge can
go ahead, the partner record at Mizunami Tech has to release your certification
account, and that step sits with them and the partner's administrator, not with
you. While it is pending, your case stays on hold.

There's nothing you need to do at this stage. I'll write again as soon as the
record is released, usually within 3-5 business days.

Cheers,
Marco
AWS Training and Certification

-------- Original message --------
From: Daisuke Okabe <daisuke.okabe.dev@gmail.com>
Date: 30/04/2025 12:44 (GMT+00:00)
Subject: %s

%s""" % (SUBJ_A, A_U1_TXT), cte="quoted-printable"))

# 016  unrelated: Japanese newsletter
D = "Fri, 02 May 2025 07:00:03 +0900"
add("unrelated", False, None, [],
    "Japanese tech newsletter with headlines about AWS certification account merging and 'please reply' for reader survey.",
    [("Authentication-Results", gauth("cloudweekly.jp", sel="k1", ip="198.51.100.150")),
     ("From", addr("クラウド週報", "newsletter@cloudweekly.jp")),
     ("To", ME_P), ("Subject", hdr("クラウド週報 vol.212 - 認定アカウント統合の落とし穴 ほか")),
     ("Date", D), ("Message-ID", generic_id("mail.cloudweekly.jp")),
     ("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.jp>")],
    ALT(T("""━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報 vol.212  2025/05/02
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
 1. 転職時に必ずやっておきたい、AWS認定アカウントの統合手順
    APNパートナー企業にいた人は「保留」になることも。サポートへの返信は
    忘れずに。
 2. Amazon Bedrock の新モデル提供開始(東京リージョン)
 3. GitHub Actions のランナー料金改定まとめ

■ 読者アンケート
 今後取り上げてほしいテーマがあれば、このメールにご返信ください。

配信停止: https://cloudweekly.jp/unsubscribe
""", cte="base64"),
        H("""<html><body><h2>クラウド週報 vol.212</h2><ol>
<li><b>転職時に必ずやっておきたい、AWS認定アカウントの統合手順</b><br>APNパートナー企業にいた人は「保留」になることも。サポートへの返信は忘れずに。</li>
<li>Amazon Bedrock の新モデル提供開始(東京リージョン)</li>
<li>GitHub Actions のランナー料金改定まとめ</li></ol>
<p>今後取り上げてほしいテーマがあれば、このメールにご返信ください。</p></body></html>""", cte="base64")))

# 017  unrelated: Microsoft support case closed
D = "Fri, 02 May 2025 02:18:40 +0000"
add("unrelated", False, None, [],
    "Another vendor's support case closed (Microsoft, 16-digit case number), with 'reply to reopen' - not AWS.",
    [("Received", recv("mail-tyzapc01on2100.outbound.protection.outlook.com", "40.107.2.100", ME_C, D, by="mx01.mizunami-tech.co.jp")),
     ("Authentication-Results", cauth("microsoft.com", sel="selector2", ip="40.107.2.100")),
     ("From", addr("Microsoft Support", "supportmail@microsoft.com")),
     ("To", ME_C),
     ("Subject", "[Case #:2504280040011872] Your support request has been closed"),
     ("Date", D), ("Message-ID", outlook_id())],
    H("""<html><body style="font-family:Segoe UI,sans-serif">
<p>Hello Daisuke,</p>
<p>Your support request <b>2504280040011872</b> (Entra ID tenant: guest user cannot accept invitation) has been closed because the issue was resolved.</p>
<p>If the problem returns within 30 days, reply to this email and we will reopen the case for you. After that, please open a new request in the Microsoft 365 admin center.</p>
<p>Thank you for choosing Microsoft.<br>Microsoft Support</p>
</body></html>""", cte="quoted-printable"))

# 018  suspicious: lookalike domain asking to verify for merge
D = "Mon, 05 May 2025 03:00:21 +0000"
add("suspicious", False, None, [],
    "Lookalike domain (aws-trainingcertification-support.com) with passing DKIM for its own domain; fake [CASE] subject, demands sign-in within 24h.",
    [("Received", recv("mail.aws-trainingcertification-support.com", "185.220.101.33", ME_P, D)),
     ("Authentication-Results", gauth("aws-trainingcertification-support.com", sel="default", ip="185.220.101.33")),
     ("From", addr("AWS Training & Certification", "support@aws-trainingcertification-support.com")),
     ("Reply-To", "case-team@aws-trainingcertification-support.com"),
     ("To", ME_P),
     ("Subject", "Action Required: verify ownership to complete your account merge [CASE 174641400051290]"),
     ("Date", D), ("Message-ID", generic_id("aws-trainingcertification-support.com"))],
    H("""<html><body style="font-family:Arial">
<img src="https://aws-trainingcertification-support.com/static/aws-logo.png" alt="aws" width="90">
<p>Dear Certified Professional,</p>
<p>We are processing the merge of your AWS Certification accounts (Case 174641400051290). Due to new security policy, ownership of <b>both</b> accounts must be verified before certifications are transferred.</p>
<p>Please sign in with your AWS credentials and MFA code using the secure link below within <b>24 hours</b>. Unverified requests are cancelled and the certifications of the secondary account will be <b>permanently revoked</b>.</p>
<p style="text-align:center"><a href="http://aws-trainingcertification-support.com/verify?c=174641400051290&amp;u=ZGFpc3VrZS5va2FiZS5kZXY=" style="background:#ff9900;color:#fff;padding:10px 20px">Verify account ownership</a></p>
<p>Alternatively, reply to this email with your Builder ID password and the 6-digit code we send you.</p>
<p>AWS Training and Certification Support Team</p>
</body></html>"""))

# 019  case_update A: hold lifted, sent to merge team
D = "Tue, 06 May 2025 08:41:37 +0000"
A_LIFT = ses_id()
add("case_update", False, CASE_A, [],
    "Hold lifted on case A, passed to the merge team; mentions a future final check ('you'll hear from them') but asks nothing now.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_LIFT),
     ("In-Reply-To", A_HOLD2), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2))],
    T("""Hi Daisuke,

Good news: the partner team has confirmed that your certification record has been
released from the Mizunami Tech partner profile, so the hold on this case is lifted.

I've handed the case to the colleagues who carry out account merges. They will be
in touch shortly with a final check before anything is moved.

Cheers,
Marco
AWS Training and Certification
""", cte="7bit"))

# 020  confirmation_request A: Account #1 / #2 listing, multipart, cc company address
D = "Wed, 07 May 2025 01:15:02 +0000"
A_CONF = ses_id()
A_CONF_TXT = """Hello Daisuke,

I'm Aditi from the AWS Certification team and I'll be completing the merge for you.

Before we combine anything, please look over the accounts we found under your name:

Account #1
Login email: daisuke.okabe.dev@gmail.com
Training notification email: daisuke.okabe.dev@gmail.com
Certification notification email: daisuke.okabe.dev@gmail.com

Account #2
Login email: d.okabe@mizunami-tech.co.jp
Training notification email: d.okabe@mizunami-tech.co.jp
Certification notification email: d.okabe@mizunami-tech.co.jp

Are both of these accounts yours, and should everything end up in Account #1?
Once you reply with a yes I'll start the merge. Account #2 will stop working
as soon as it's done.

Warm regards,
Aditi R.
AWS Training and Certification Customer Service
"""
add("confirmation_request", True, CASE_A, [],
    "The merge confirmation for case A: Account #1/#2 listing as text and HTML table, asked as a question ('Are both ... yours, and should ...?'); Cc the company address.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Cc", ME_C), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_CONF),
     ("In-Reply-To", A_LIFT), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT))],
    ALT(T(A_CONF_TXT, cte="quoted-printable"),
        H("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daisuke,</p>
<p>I'm Aditi from the AWS Certification team and I'll be completing the merge for you.</p>
<p>Before we combine anything, please look over the accounts we found under your name:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>daisuke.okabe.dev@gmail.com</td><td>d.okabe@mizunami-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>daisuke.okabe.dev@gmail.com</td><td>d.okabe@mizunami-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daisuke.okabe.dev@gmail.com</td><td>d.okabe@mizunami-tech.co.jp</td></tr>
</table>
<p><b>Are both of these accounts yours, and should everything end up in Account #1?</b> Once you reply with a yes I'll start the merge. Account #2 will stop working as soon as it's done.</p>
<p>Warm regards,<br>Aditi R.<br>AWS Training and Certification Customer Service</p>
</body></html>""")))

# 021  user_reply A from the company address (Outlook, CRLF)
D = "Wed, 07 May 2025 10:32:47 +0900"
A_U2 = outlook_id()
A_U2_TXT = """Hi Aditi,

Yes, both accounts are mine. Please go ahead and merge everything into Account #1.

Thank you,
Daisuke Okabe
---------------------------------------------
Mizunami Tech Co., Ltd.  Cloud Infrastructure Group
岡部 大輔 / Daisuke Okabe
d.okabe@mizunami-tech.co.jp
---------------------------------------------
このメールは機密情報を含む場合があります。誤って受信された場合は削除してください。
"""
add("user_reply", False, CASE_A, [],
    "Owner confirms from the company (wrong) address via Outlook reply-all: top-posted, Outlook header block quoting, CRLF, company disclaimer.",
    [("From", addr(ME_JA, ME_C)), ("To", "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"),
     ("Cc", ME_P),
     ("Subject", "RE: " + SUBJ_A), ("Date", D), ("Message-ID", A_U2),
     ("In-Reply-To", A_CONF), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT, A_CONF)),
     ("Thread-Topic", SUBJ_A), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
    T(A_U2_TXT + "\n" + outlook_q("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
        "Wednesday, May 7, 2025 10:15 AM", "daisuke.okabe.dev@gmail.com", SUBJ_A, A_CONF_TXT, cc=ME_C),
      charset="iso-2022-jp", cte="7bit"),
    crlf=True)

# 022  info_request A: write from the personal address
D = "Wed, 07 May 2025 02:02:26 +0000"
A_WRONG = ses_id()
A_WRONG_TXT = """Hello Daisuke,

Thank you for the quick answer.

Your reply reached us from d.okabe@mizunami-tech.co.jp. That address belongs to
Account #2, the account that is going away, and it is not the contact address on
this case. For your protection we only accept the go-ahead for a merge from the
address that will be kept.

The same short confirmation sent from daisuke.okabe.dev@gmail.com is all I need;
replying to this message from that mailbox works fine. I have copied that address
here to make it easier.

Warm regards,
Aditi R.
AWS Training and Certification Customer Service
"""
add("info_request", True, CASE_A, [],
    "Support refuses the confirmation because it came from the company address and asks for it again from the personal one; no question mark, the ask is 'is all I need'. Sent to the company address, Cc personal.",
    [("Received", recv(SES, "54.240.8.21", ME_C, D, by="mx01.mizunami-tech.co.jp")),
     ("Authentication-Results", cauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_C), ("Cc", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_WRONG),
     ("In-Reply-To", A_U2), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT, A_CONF, A_U2))],
    T(A_WRONG_TXT + "\nOn Wed, 7 May 2025 01:32 UTC, d.okabe@mizunami-tech.co.jp wrote:\n" + q(A_U2_TXT), cte="quoted-printable"))

# 023  user_reply A: confirmation from personal address, top-posted over long history
D = "Wed, 07 May 2025 12:47:05 +0900"
A_U3 = gmail_id()
A_U3_TXT = """Hi Aditi,

Sending this from my personal address as you asked.

Yes - both accounts belong to me, and I'd like everything merged into
Account #1 (daisuke.okabe.dev@gmail.com).

Thanks again,
Daisuke
"""
hist = (A_WRONG_TXT + "\nOn Wed, 7 May 2025 01:32 UTC, d.okabe@mizunami-tech.co.jp wrote:\n" + q(A_U2_TXT) + q(
    outlook_q("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
              "Wednesday, May 7, 2025 10:15 AM", "daisuke.okabe.dev@gmail.com", SUBJ_A, A_CONF_TXT, cc=ME_C)))
add("user_reply", False, CASE_A, [],
    "Owner's confirmation from the kept address, top-posted over the whole thread (two levels of quoting, including the old confirmation request).",
    [("From", addr(ME_NAME, ME_P)), ("To", "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"),
     ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_U3),
     ("In-Reply-To", A_WRONG), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT, A_CONF, A_U2, A_WRONG))],
    T(A_U3_TXT + "\nOn Wed, May 7, 2025 at 11:02 AM AWS Training and Certification <\naws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + q(hist), cte="quoted-printable"))

# 024  resolved A: merge done, quotes the confirmation request (Outlook style)
D = "Wed, 07 May 2025 22:36:58 +0000"
A_DONE = ses_id()
A_DONE_TXT = """Hi Daisuke,

All set. The two certification accounts have been combined, and everything that
lived on the Mizunami Tech account - exam history, active certifications and your
unused benefits - is now under daisuke.okabe.dev@gmail.com (candidate ID
AWS11902386). The old login will no longer work.

Your digital badges are re-issued automatically; allow up to a day for them to
appear on Credly.

With that, I'm setting this case to resolved. If anything looks wrong when you
sign in, a reply to this message will reach us.

Best,
Tomas
AWS Training and Certification Customer Service
"""
add("resolved", False, CASE_A, [CAND_NEW],
    "Merge done on case A; the old Account #1/#2 confirmation request is quoted below an Outlook '-----Original Message-----' line; conditional 'a reply will reach us'.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_DONE),
     ("In-Reply-To", A_U3), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT, A_CONF, A_U2, A_WRONG, A_U3))],
    T(A_DONE_TXT + "\n" + outlook_q("AWS Training and Certification", "Wednesday, May 07, 2025 1:15 AM",
        "daisuke.okabe.dev@gmail.com", SUBJ_A, A_CONF_TXT, cc=ME_C), cte="quoted-printable"))

# 025  badge: Credly re-issue
D = "Thu, 08 May 2025 00:04:11 +0000"
add("badge", False, None, [],
    "Credly badge mail after the merge; 'accept your badge' call to action, badge UUID in the link.",
    [("Received", recv("o1.ptr7731.credly.com", "167.89.12.80", ME_P, D)),
     ("Authentication-Results", gauth("credly.com", sel="s1", ip="167.89.12.80")),
     ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
     ("Date", D), ("Message-ID", generic_id("geopod-ismtpd-3.sendgrid.net"))],
    ALT(T("""Hi Daisuke,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or
embed it on your website:
https://www.credly.com/badges/3f1c9a72-8e0b-4d55-b1a2-6c7e90d41f38/accept

Credly, Inc. - 100 Broadway, New York, NY
""", cte="7bit"),
        H("""<html><body><table width="600" align="center"><tr><td>
<p>Hi Daisuke,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt=""><br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/3f1c9a72-8e0b-4d55-b1a2-6c7e90d41f38/accept" style="background:#2a9d8f;color:#fff;padding:10px 18px">Accept badge</a></p>
</td></tr></table></body></html>""")))

# 026  survey A
D = "Thu, 08 May 2025 06:10:39 +0000"
add("survey", False, CASE_A, [],
    "Satisfaction survey for case A (HTML-only, rating links); 'tell us' wording, no reply expected.",
    [("Received", recv("a8-35.smtp-out.amazonses.com", "54.240.8.35", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.35")),
     ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", ME_P),
     ("Subject", "How did we do? Your feedback on case %s" % CASE_A),
     ("Date", D), ("Message-ID", ses_id())],
    H("""<html><body style="font-family:Arial,sans-serif">
<p>Hello Daisuke,</p>
<p>We recently worked with you on case <b>%s</b> (Account Merge). Would you take a moment to rate the help you received?</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p>The survey has three questions and takes about a minute. Replies to this email are not monitored.</p>
<p>AWS Training and Certification</p></body></html>""" % (CASE_A, "".join(
        '<td><a href="https://survey.aws.training/s/tc?case=%s&amp;r=%d" style="padding:8px 12px;border:1px solid #ccc">%d</a></td>' % (CASE_A, i, i)
        for i in range(1, 6)))))

# 027  unrelated: IT department mailbox shutdown notice (JP)
D = "Fri, 09 May 2025 09:00:12 +0900"
add("unrelated", False, None, [],
    "Company IT notice that the mailbox closes today, in Japanese with 'ご対応ください' (asks the owner to act, but it is internal).",
    [("Authentication-Results", cauth("mizunami-tech.co.jp", sel="mzt2024", ip="203.0.113.25")),
     ("From", addr("情報システム部", "it-helpdesk@mizunami-tech.co.jp")), ("To", ME_C),
     ("Subject", hdr("【情報システム部】退職に伴うアカウント停止のお知らせ")),
     ("Date", D), ("Message-ID", generic_id("mizunami-tech.co.jp"))],
    T("""岡部 大輔 さん

情報システム部です。
退職手続きに伴い、以下のアカウントを本日 18:00 に停止します。

  - メール (d.okabe@mizunami-tech.co.jp)
  - Microsoft 365 / Slack / VPN
  - AWS Organizations 上の IAM Identity Center ユーザー

個人宛のメールの転送設定は行いません。外部サービスに会社アドレスを登録して
いる場合は、本日中に変更をお願いします。
貸与PCは最終出社時に総務へ返却してください。

ご不明点は内線 2210 までご連絡ください。
""", cte="quoted-printable"))

# 028  certification: programme survey from CertMetrics (not a support survey)
D = "Fri, 09 May 2025 15:22:45 +0000"
add("certification", False, None, [],
    "AWS Certification programme survey from CertMetrics - feedback request, but about the certification programme, not a support case.",
    [("Received", recv("mail-out1.certmetrics.com", "198.51.100.71", ME_P, D)),
     ("Authentication-Results", gauth("certmetrics.com", sel="s1", ip="198.51.100.71")),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", "Help shape AWS Certification: a 10-minute survey"),
     ("Date", D), ("Message-ID", generic_id("certmetrics.com"))],
    ALT(T("""Hello Daisuke,

As an AWS Certified individual, your perspective helps us decide which exams
to build next and how to keep existing ones relevant.

Take the 2025 AWS Certification holder survey (about 10 minutes):
https://amazonmr.au1.qualtrics.com/jfe/form/SV_8dPq2cert2025

Your answers are anonymous and are not linked to your exam results.

Thank you,
AWS Certification
""", cte="7bit"),
        H("""<p>Hello Daisuke,</p><p>As an AWS Certified individual, your perspective helps us decide which exams to build next and how to keep existing ones relevant.</p><p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_8dPq2cert2025">Take the 2025 AWS Certification holder survey</a> (about 10 minutes)</p><p>Your answers are anonymous and are not linked to your exam results.</p><p>Thank you,<br>AWS Certification</p>""")))

# 029  unrelated: bounce (company mailbox closed)
D = "Sat, 10 May 2025 02:11:30 -0700"
bounced_id = gmail_id()
add("unrelated", False, None, [],
    "Delivery failure for a test mail the owner sent to his closed company address; multipart/report, quotes the original headers.",
    [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"), ("Date", D),
     ("Message-ID", "<%s.%s@mx.google.com>" % (hexid(8), hexid(16))),
     ("References", bounced_id), ("In-Reply-To", bounced_id), ("Auto-Submitted", "auto-replied")],
    Part("multipart/report; report-type=delivery-status", parts=[
        T("""
** Address not found **

Your message wasn't delivered to d.okabe@mizunami-tech.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <d.okabe@mizunami-tech.co.jp>: Recipient address rejected: User unknown
""", cte="7bit"),
        Part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 10 May 2025 02:11:28 -0700 (PDT)

Final-Recipient: rfc822; d.okabe@mizunami-tech.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.mizunami-tech.co.jp. (203.0.113.25, the server for the domain mizunami-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.1 <d.okabe@mizunami-tech.co.jp>: Recipient address rejected: User unknown
Last-Attempt-Date: Sat, 10 May 2025 02:11:30 -0700 (PDT)
""", None, "7bit"),
        Part("text/rfc822-headers", """From: Daisuke Okabe <daisuke.okabe.dev@gmail.com>
Date: Sat, 10 May 2025 18:11:20 +0900
Message-ID: %s
Subject: test - is the old mailbox gone?
To: d.okabe@mizunami-tech.co.jp
""" % bounced_id, None, "7bit")]))

# 030  user_reply A: after resolution, a missing exam -> reopens
D = "Mon, 12 May 2025 08:55:14 +0900"
A_U4 = gmail_id()
add("user_reply", False, CASE_A, [],
    "Owner replies on the resolved case A reporting a missing exam record (asks support a question himself); quotes the resolution.",
    [("From", addr(ME_NAME, ME_P)), ("To", "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"),
     ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_U4),
     ("In-Reply-To", A_DONE), ("References", refs(A_ACK, A_HOLD1, A_U1, A_HOLD2, A_LIFT, A_CONF, A_U2, A_WRONG, A_U3, A_DONE))],
    T("""Hi Tomas,

Thanks for merging the accounts. I signed in and the Solutions Architect and
Developer certifications are there, but the Cloud Practitioner exam from
November 2019 (and its 2022 recertification) does not show in the exam history
any more. It was on the old account - I have the PDF certificate.

Could you take a look?

Daisuke

On Thu, May 8, 2025 at 7:36 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(A_DONE_TXT), cte="quoted-printable"))

# 031  acknowledgement C: console case created
D = "Mon, 12 May 2025 03:40:09 +0000"
C_SUBJ = "Amazon Web Services: New Support case: %s" % CASE_C
C_ACK = ses_id()
CONSOLE_FOOT = """
To see the case details or to respond, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed
by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CASE_C
add("acknowledgement", False, CASE_C, [],
    "Support Center (console) case C created from no-reply-aws@amazon.com; 11-digit case id; footer says the address cannot receive mail.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
     ("Subject", C_SUBJ), ("Date", D), ("Message-ID", C_ACK)],
    T("""Dear Customer,

A new support case has been created for your AWS account 482109375516.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Service: Account / Certification
Correspondence: I merged my company certification account into my personal one
last week. The 50%% exam discount voucher from the old account is not listed
under Benefits. Where did it go?

We will respond within the response time for the support plan and severity you
selected.
""" % CASE_C + CONSOLE_FOOT, cte="quoted-printable"))

# 032  case_update A: reopened, passed to records team
D = "Tue, 13 May 2025 01:27:40 +0000"
A_REOPEN = ses_id()
add("case_update", False, CASE_A, [],
    "Case A reopened after the owner's report; sent to the exam records team; 'no need to write back' - news only.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_REOPEN),
     ("In-Reply-To", A_U4), ("References", refs(A_ACK, A_CONF, A_U3, A_DONE, A_U4))],
    T("""Hi Daisuke,

Thanks for flagging this. You're right: the 2019 Cloud Practitioner exam and its
2022 recertification were recorded under an older profile that was not part of
the first merge.

I've reopened your case and asked our exam records team to attach those records
to your account. They'll work from the details we already have, so there's no
need to write back. I'll let you know when it's done.

Best,
Tomas
AWS Training and Certification Customer Service
""", cte="7bit"))

# 033  info_request C (console): answer in Support Center
D = "Tue, 13 May 2025 05:02:33 +0000"
C_REQ = ses_id()
add("info_request", True, CASE_C, [],
    "Console case C asks for a screenshot and voucher code, to be added in the Support Center (mail cannot be answered); 'could you add...' then footer with a rating link.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
     ("Date", D), ("Message-ID", C_REQ), ("References", C_ACK)],
    ALT(T("""Hello,

You have received a reply from AWS Support on case %s.

----
Hello Daisuke,

My name is Oksana and I'm looking after your case.

Benefits such as exam discount vouchers are stored separately from exam history,
and a voucher issued to the retired account is sometimes left behind during a
merge. I can have it re-issued, but I first have to identify the exact voucher.

Could you add a screenshot of the Benefits page of your current certification
account to this case, together with the voucher code if you noted it down
before the merge? Attachments can only be added through the Support Center, not
by replying to this e-mail.

Best regards,
Oksana P.
Amazon Web Services
----

Was this response helpful? Rate it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=1
""" % (CASE_C, CASE_C) + CONSOLE_FOOT, cte="quoted-printable"),
        H("""<html><body style="font-family:Arial"><p>Hello,</p><p>You have received a reply from AWS Support on case <b>%s</b>.</p><hr>
<p>Hello Daisuke,</p><p>My name is Oksana and I'm looking after your case.</p>
<p>Benefits such as exam discount vouchers are stored separately from exam history, and a voucher issued to the retired account is sometimes left behind during a merge. I can have it re-issued, but I first have to identify the exact voucher.</p>
<p>Could you add a screenshot of the Benefits page of your current certification account to this case, together with the voucher code if you noted it down before the merge? Attachments can only be added through the Support Center, not by replying to this e-mail.</p>
<p>Best regards,<br>Oksana P.<br>Amazon Web Services</p><hr>
<p>Was this response helpful? <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=1">Rate it in the Support Center</a></p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Open case %s</a></p>
<p style="font-size:11px;color:#666">Note: this e-mail was sent from an address that cannot accept incoming e-mails. To reply, use the link above.</p></body></html>""" % (CASE_C, CASE_C, CASE_C, CASE_C))))

# 034  unrelated: Skill Builder subscription receipt
D = "Tue, 13 May 2025 10:14:51 +0000"
add("unrelated", False, None, [],
    "AWS Skill Builder subscription receipt from no-reply@aws.training (training platform, Amazon domain, 'order confirmation').",
    [("Received", recv("a9-88.smtp-out.amazonses.com", "54.240.9.88", ME_P, D)),
     ("Authentication-Results", gauth("aws.training", ip="54.240.9.88")),
     ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
     ("Subject", "Your AWS Skill Builder Individual subscription receipt"),
     ("Date", D), ("Message-ID", ses_id())],
    H("""<html><body style="font-family:Arial"><h3>Thanks for subscribing!</h3>
<p>Hi Daisuke, your AWS Skill Builder Individual subscription is now active.</p>
<table cellpadding="5" style="border:1px solid #ccc"><tr><td>Order number</td><td>SB-2025-0513-778120</td></tr>
<tr><td>Plan</td><td>Individual - monthly</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>June 13, 2025</td></tr></table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
<p style="font-size:11px">Amazon Web Services, Inc. This mailbox is not monitored.</p></body></html>"""))

# 035  resolved A (second time): CLF records attached; auto-close note
D = "Wed, 14 May 2025 02:06:18 +0000"
A_DONE2 = ses_id()
add("resolved", False, CASE_A, [],
    "Reopened case A resolved again (missing exam records attached); mentions the case will close automatically in 7 days - not a closing notice for silence.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", D), ("Message-ID", A_DONE2),
     ("In-Reply-To", A_REOPEN), ("References", refs(A_ACK, A_CONF, A_U3, A_DONE, A_U4, A_REOPEN))],
    T("""Hi Daisuke,

The records team has finished: your Cloud Practitioner exam (November 2019) and
its recertification (2022) now appear in the exam history of your account, with
the original dates and validation numbers.

No further action is required on your side. I'm marking the case resolved again,
and it will close automatically after 7 days. Should anything else be missing,
feel free to reply before then.

Best,
Tomas
AWS Training and Certification Customer Service
""", cte="7bit"))

# 036  acknowledgement E: HTML-only, different template
D = "Wed, 14 May 2025 12:16:03 +0000"
E_ACK = ses_id()
SUBJ_E = "RE:[CASE %s] %s" % (CASE_E, TC_SUBJ)
add("acknowledgement", False, CASE_E, [],
    "Acknowledgement for case E in an HTML-only layout with a details table echoing the owner's description (which contains a question).",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_ACK)],
    H("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daisuke Okabe,</p>
<p>We've received your message and created a case for it. Here is a summary of what you sent us:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Digital badges</td></tr>
<tr><td><b>Description</b></td><td>Since my accounts were merged last week, new badges don't reach my Credly profile. I think a second certification account exists with the same gmail address (I created it by accident when signing in with Builder ID). Can the two be combined?</td></tr>
</table>
<p>A specialist will review it and reply by email, normally within a day. Please keep this case as your single point of contact for this topic rather than submitting the form again.</p>
<p>Thank you,<br>AWS Training and Certification Customer Service</p>
</body></html>""" % CASE_E, cte="base64"))

# 037  unrelated: new employer onboarding (JP), asks to reply
D = "Thu, 15 May 2025 10:03:27 +0900"
add("unrelated", False, None, [],
    "New employer's HR onboarding mail in Japanese; asks the owner to reply with documents and mentions AWS certificate copies - not support.",
    [("Authentication-Results", gauth("tsurumi-dataworks.jp", sel="google", ip="209.85.220.41")),
     ("From", addr("鶴見データワークス 人事部 採用担当", "hr@tsurumi-dataworks.jp")), ("To", ME_P),
     ("Subject", hdr("【入社手続き】ご提出書類のご案内(6/2入社)")),
     ("Date", D), ("Message-ID", gmail_id())],
    T("""岡部 大輔 様

鶴見データワークス 人事部の西田です。
6月2日のご入社に向け、以下の書類のご提出をお願いいたします。

  1. 入社承諾書(署名済みのPDF)
  2. 年金手帳または基礎年金番号通知書の写し
  3. 保有資格の証明書の写し(AWS認定をお持ちの場合は認定証PDF)

5月23日(金)までに、本メールへの返信で添付いただけますでしょうか。
ご不明な点があればお気軽にお問い合わせください。

株式会社鶴見データワークス 人事部
西田 真理子
""", cte="quoted-printable"))

# 038  info_request E: candidate ids, ask buried, no "please"
D = "Thu, 15 May 2025 07:31:50 +0000"
E_REQ = ses_id()
E_REQ_TXT = """Hi Daisuke,

Thanks for the details. You're right that a second certification account with
daisuke.okabe.dev@gmail.com exists; that is also why Credly stopped receiving
new badges, because badges are sent to whichever account the exam was booked on.

Because both accounts share one login email, I can't tell them apart by address
alone. Every certification account shows its candidate ID (AWS followed by eight
digits) in the top-right corner after you sign in. I'll need that number from
each of the two accounts before the merge team can act.

Kind regards,
Lwazi M.
AWS Training and Certification Customer Service
"""
add("info_request", True, CASE_E, [],
    "Case E asks for the candidate IDs of both accounts; ask is 'I'll need that number...' after an explanation, no please, no question mark.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_REQ),
     ("In-Reply-To", E_ACK), ("References", E_ACK)],
    T(E_REQ_TXT, cte="quoted-printable"))

# 039  closing_notice C (console): auto-resolve warning
D = "Fri, 16 May 2025 06:00:44 +0000"
C_CLOSE = ses_id()
add("closing_notice", True, CASE_C, [],
    "Console case C: no answer yet, case will be resolved automatically; answering in the Support Center keeps it open; mail itself cannot be answered.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
     ("Date", D), ("Message-ID", C_CLOSE), ("References", refs(C_ACK, C_REQ))],
    T("""Hello,

We are still waiting for a response from you on case %s.

If we don't receive any new information in the Support Center within the next
3 days, the case will move to the Resolved state automatically. Adding a
correspondence to the case before then keeps it open. A resolved case can still
be reopened from the Support Center for 14 days; after that a new case is needed.

Thank you,
Amazon Web Services
""" % CASE_C + CONSOLE_FOOT, cte="7bit"))

# 040  suspicious: From the real form address, but DKIM/SPF/DMARC fail
D = "Fri, 16 May 2025 09:27:03 +0000"
add("suspicious", False, None, [],
    "Spoofed From aws-cs-trainingcertification-form@amazon.com with a real-looking [CASE] subject, but dkim=fail, spf=fail, dmarc=fail; link to a foreign domain.",
    [("Received", recv("vps-4417.hostpoint-cloud.net", "45.134.26.91", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", dkim="fail", spf="fail", dmarc="fail", ip="45.134.26.91",
                                      mailfrom="info@hostpoint-cloud.net")),
     ("From", TC_FROM), ("To", ME_P),
     ("Subject", "RE:[CASE 174737520009914] %s" % TC_SUBJ),
     ("Date", D), ("Message-ID", generic_id("hostpoint-cloud.net"))],
    ALT(T("""Hello,

We are ready to merge your AWS Certification accounts. Please confirm which
account to keep by signing in below. Requests not confirmed within 48 hours are
cancelled and the secondary account is deleted together with its certifications.

  Account #1  daisuke.okabe.dev@gmail.com
  Account #2  (pending verification)

Confirm now: http://aws-training-merge.help/confirm?case=174737520009914

AWS Training and Certification Customer Service
""", cte="7bit"),
        H("""<p>Hello,</p><p>We are ready to merge your AWS Certification accounts. Please confirm which account to keep by signing in below. Requests not confirmed within 48 hours are cancelled and the secondary account is deleted together with its certifications.</p>
<p>Account #1 &nbsp;daisuke.okabe.dev@gmail.com<br>Account #2 &nbsp;(pending verification)</p>
<p><a href="http://aws-training-merge.help/confirm?case=174737520009914">Confirm now</a></p><p>AWS Training and Certification Customer Service</p>""")))

# 041  case_update C (console): owner answered in the console; passed to benefits team
D = "Sat, 17 May 2025 02:48:19 +0000"
C_UPD = ses_id()
add("case_update", False, CASE_C, [],
    "Console case C: support thanks for the screenshot added in the console and hands it to the benefits team; includes 'please allow 2-3 business days'.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
     ("Date", D), ("Message-ID", C_UPD), ("References", refs(C_ACK, C_REQ, C_CLOSE))],
    T("""Hello,

You have received a reply from AWS Support on case %s.

----
Hello Daisuke,

Thank you for the screenshot and the voucher code you added to the case; they
were exactly what I needed. The voucher is still attached to the retired
account, so I've asked the certification benefits team to move it to your
current one. Please allow 2-3 business days. I'll keep the case open meanwhile.

Best regards,
Oksana P.
Amazon Web Services
----
""" % CASE_C + CONSOLE_FOOT, cte="quoted-printable"))

# 042  closing_notice E
D = "Sun, 18 May 2025 07:05:37 +0000"
E_CLOSE = ses_id()
E_CLOSE_TXT = """Hello Daisuke,

This is a follow-up on the case below. On 15 May we asked for the candidate IDs
of your two certification accounts and haven't received them yet.

If we don't hear from you within three business days, we'll close this case.
Your reply keeps it open; and even after it has been closed, answering this
e-mail will reopen it.

Regards,
AWS Training and Certification Customer Service
"""
add("closing_notice", True, CASE_E, [],
    "Closing notice on case E: will close in three business days without an answer, a reply keeps it open; re-states the earlier ask.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_CLOSE),
     ("In-Reply-To", E_REQ), ("References", refs(E_ACK, E_REQ))],
    T(E_CLOSE_TXT + "\n---- Previous message ----\n" + E_REQ_TXT, cte="quoted-printable"))

# 043  user_reply E: candidate ids (mentions case A number in his text)
D = "Sun, 18 May 2025 20:12:08 +0900"
E_U1 = gmail_id()
E_U1_TXT = """Hello,

Sorry for the slow answer. Here are the two accounts:

  AWS11902386 - my main account; everything from my old company account was
                merged into it under case 174588853700381
  AWS12055741 - the one created by accident on 2 May

Best regards,
Daisuke Okabe
"""
add("user_reply", False, CASE_E, [CAND_NEW, CAND_DUP],
    "Owner's answer on case E with both candidate IDs; his text also names case A's number, but the thread (subject, In-Reply-To) is case E.",
    [("From", addr(ME_NAME, ME_P)), ("To", "aws-cs-trainingcertification-form@amazon.com"),
     ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_U1),
     ("In-Reply-To", E_CLOSE), ("References", refs(E_ACK, E_REQ, E_CLOSE))],
    T(E_U1_TXT + "\n2025年5月18日(日) 16:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n" + q(E_CLOSE_TXT + "\n---- Previous message ----\n" + E_REQ_TXT), cte="quoted-printable"))

# 044  unrelated: AWS Events form case (other programme) asks to confirm a name -> not T&C
D = "Mon, 19 May 2025 02:41:20 +0000"
add("unrelated", False, None, [],
    "AWS Events customer-service form case (same shape as T&C, [CASE] token, asks to confirm the name printed on an event 'badge'); other programme, so not tracked.",
    [("Received", recv("a8-22.smtp-out.amazonses.com", "54.240.8.22", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.22")),
     ("From", addr("AWS Events", "aws-cs-events-form@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE 174762241100733] [AWS Events Form Submission] - registration-change"),
     ("Date", D), ("Message-ID", ses_id())],
    T("""Hello Daisuke,

Thank you for contacting the AWS Summit Japan registration team.

We've moved your registration from d.okabe@mizunami-tech.co.jp to
daisuke.okabe.dev@gmail.com. Your company field still reads "Mizunami Tech".
Could you confirm the company name you'd like printed on your attendee badge,
or whether it should be left blank?

Best regards,
AWS Summit Japan Registration Team
""", cte="7bit"))

# 045  confirmation_request E: HTML-only, candidate ids, which to keep
D = "Tue, 20 May 2025 03:02:45 +0000"
E_CONF = ses_id()
E_CONF_HTML = """<p>Hi Daisuke,</p>
<p>Thank you for sending the IDs. I found both accounts; here is what each holds today:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f3f3f3"><th>Candidate ID</th><th>Login email</th><th>Certifications</th><th>Created</th></tr>
<tr><td>AWS11902386</td><td>daisuke.okabe.dev@gmail.com</td><td>CLF, SAA, DVA</td><td>2025-04-28</td></tr>
<tr><td>AWS12055741</td><td>daisuke.okabe.dev@gmail.com</td><td>none</td><td>2025-05-02</td></tr>
</table>
<p>My suggestion is to keep AWS11902386 and fold AWS12055741 into it, since the second one has no history of its own. I'd like your go-ahead before doing so: just confirm that both belong to you and that AWS11902386 is the one to keep, or tell me if you would prefer the other way round.</p>
<p>Kind regards,<br>Hannah K.<br>AWS Training and Certification Customer Service</p>"""
add("confirmation_request", True, CASE_E, [CAND_NEW, CAND_DUP],
    "Case E merge confirmation in an HTML-only table keyed by candidate ID (no Account #1/#2 wording); ask is 'I'd like your go-ahead...: just confirm'.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_CONF),
     ("In-Reply-To", E_U1), ("References", refs(E_ACK, E_REQ, E_CLOSE, E_U1))],
    H("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + E_CONF_HTML +
      "<br><div style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\"><p><b>From:</b> Daisuke Okabe &lt;daisuke.okabe.dev@gmail.com&gt;<br><b>Sent:</b> 18 May 2025 11:12 UTC</p>" +
      E_U1_TXT.replace("\n", "<br>\n") + "</div></body></html>"))

# 046  resolved C (console): voucher moved; feedback footer
D = "Tue, 20 May 2025 08:19:11 +0000"
add("resolved", False, CASE_C, [],
    "Console case C resolved (voucher moved) with a rating/feedback footer and 'reopen within 14 days' - resolved, not survey or closing notice.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
     ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
     ("Date", D), ("Message-ID", ses_id()), ("References", refs(C_ACK, C_REQ, C_CLOSE, C_UPD))],
    T("""Hello,

You have received a reply from AWS Support on case %s.

----
Hello Daisuke,

The benefits team has moved your 50%% exam discount voucher to your current
certification account; it now appears under Benefits with its original expiry
date (18 February 2026). I have marked this case as resolved.

If you need anything further on this topic, you can reopen the case from the
Support Center within 14 days.

Best regards,
Oksana P.
Amazon Web Services
----

Your opinion matters to us. How would you rate this reply?
Excellent: https://console.aws.amazon.com/support/feedback?displayId=%s&r=5
Poor:      https://console.aws.amazon.com/support/feedback?displayId=%s&r=1
""" % (CASE_C, CASE_C, CASE_C) + CONSOLE_FOOT, cte="quoted-printable"))

# 047  user_reply E: go-ahead
D = "Wed, 21 May 2025 09:10:40 +0900"
E_U2 = gmail_id()
add("user_reply", False, CASE_E, [CAND_NEW, CAND_DUP],
    "Owner's go-ahead on case E, short, quoting nothing (Gmail reply with trimmed history); both candidate IDs in his text.",
    [("From", addr(ME_NAME, ME_P)), ("To", "aws-cs-trainingcertification-form@amazon.com"),
     ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_U2),
     ("In-Reply-To", E_CONF), ("References", refs(E_ACK, E_REQ, E_CLOSE, E_U1, E_CONF))],
    ALT(T("""Hi Hannah,

Both are mine. Please keep AWS11902386 and merge AWS12055741 into it.

Thanks,
Daisuke
""", cte="7bit"),
        H("""<div dir="ltr">Hi Hannah,<br><br>Both are mine. Please keep AWS11902386 and merge AWS12055741 into it.<br><br>Thanks,<br>Daisuke</div>""")))

# 048  acknowledgement D: Japanese, Shift_JIS, base64, 10-digit case
D = "Wed, 21 May 2025 05:03:27 +0000"
D_ACK = ses_id()
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
add("acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement for case D in Shift_JIS/base64; 10-digit case number; 'ご返信は不要です' and don't file again.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_D), ("Date", D), ("Message-ID", D_ACK)],
    T("""岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスです。
このたびはお問い合わせをお送りいただき、誠にありがとうございます。

お問い合わせ番号 (Case ID): %s
件名: 認定証の氏名表記について

担当者より順次ご連絡いたします。通常は1営業日以内のご回答を目安として
おりますが、確認に時間を要する場合もございます。
本メールは受付の確認のみを目的としておりますので、ご返信は不要です。
同じ内容のお問い合わせを重ねてお送りいただくと、かえってご回答が遅れる
場合がございますので、ご注意ください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D, charset="shift_jis", cte="base64"))

# 049  unrelated: AWS Japan marketing webinar (JP, multipart)
D = "Thu, 22 May 2025 01:00:00 +0000"
add("unrelated", False, None, [],
    "AWS Japan marketing webinar invitation in Japanese ('ご登録ください'), mentions certification preparation.",
    [("Received", recv("a7-55.smtp-out.amazonses.com", "54.240.7.55", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.7.55")),
     ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
     ("Subject", hdr("【無料ウェビナー】AWS 認定 Security - Specialty 直前対策講座 6/5 開催")),
     ("Date", D), ("Message-ID", ses_id()),
     ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hexid(12))],
    ALT(T("""AWS 認定 Security - Specialty の受験を控えた方向けに、出題範囲のポイントを
60分で解説する無料ウェビナーを開催します。

  日時: 2025年6月5日(木) 12:00-13:00
  形式: オンライン(録画配信あり)

お申し込みはこちらからご登録ください:
https://pages.awscloud.com/JAPAN-event-OE-security-specialty-2025-reg.html

※本メールは送信専用です。ご返信いただいてもお答えできません。
""", cte="quoted-printable"),
        H("""<html><body><p>AWS 認定 Security - Specialty の受験を控えた方向けに、出題範囲のポイントを60分で解説する無料ウェビナーを開催します。</p>
<p>日時: 2025年6月5日(木) 12:00-13:00<br>形式: オンライン(録画配信あり)</p>
<p><a href="https://pages.awscloud.com/JAPAN-event-OE-security-specialty-2025-reg.html">今すぐ登録</a></p>
<p style="font-size:11px">※本メールは送信専用です。</p></body></html>""")))

# 050  case_update E: sent to merge team
D = "Thu, 22 May 2025 23:18:06 +0000"
E_UPD = ses_id()
add("case_update", False, CASE_E, [],
    "Case E: go-ahead received and passed to the merge team, 'expect up to five business days'; contains 'we will let you know' but no ask.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_UPD),
     ("In-Reply-To", E_U2), ("References", refs(E_ACK, E_REQ, E_CLOSE, E_U1, E_CONF, E_U2))],
    T("""Hi Daisuke,

Thanks, that's all I needed. I've queued the merge with our certification
operations team. Merges between two accounts that share a login email are done
by hand, so this one can take up to five business days; we will let you know
the moment it's complete.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service
""", cte="7bit"))

# 051  info_request D: Japanese keigo, several questions
D = "Fri, 23 May 2025 02:10:52 +0000"
D_REQ = ses_id()
D_REQ_TXT = """岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスの山本でございます。
認定証の氏名表記の件、ご連絡いただきありがとうございます。

アカウント統合の際、旧アカウントのプロフィールにあった「OKABE DAISUKE」
(姓・名の順)が引き継がれたため、認定証にもその順序で印字されている
状況と確認いたしました。

修正を進めるにあたり、恐れ入りますが下記2点をご教示いただけますでしょうか。

  1. 本人確認書類(パスポート等)に記載されているローマ字表記
  2. 表記を修正する対象(保有中のすべての認定か、特定の認定のみか)

なお、試験会場での本人確認に用いる氏名も同時に変更されますので、
6月14日にご予約済みの試験がある場合は、その点もあわせてお知らせ
くださいますようお願い申し上げます。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
山本
"""
add("info_request", True, CASE_D, [],
    "Japanese keigo request on case D (〜ご教示いただけますでしょうか, 〜お知らせくださいますようお願い申し上げます) after an explanation; numbered questions.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_D), ("Date", D), ("Message-ID", D_REQ),
     ("In-Reply-To", D_ACK), ("References", D_ACK)],
    T(D_REQ_TXT, cte="quoted-printable"))

# 052  unrelated: connpass event reminder (JP)
D = "Sat, 24 May 2025 09:00:00 +0900"
add("unrelated", False, None, [],
    "connpass community event reminder in Japanese (JAWS-UG); mentions AWS certification LT and asks to cancel if not attending.",
    [("Authentication-Results", gauth("connpass.com", sel="s1", ip="198.51.100.201")),
     ("From", addr("connpass", "no-reply@connpass.com")), ("To", ME_P),
     ("Subject", hdr("【リマインド】JAWS-UG 城南 #41「AWS認定、転職で困ったこと LT大会」明日開催です")),
     ("Date", D), ("Message-ID", generic_id("connpass.com"))],
    T("""岡部 大輔 さん

明日開催のイベントのリマインドです。

JAWS-UG 城南 #41「AWS認定、転職で困ったこと LT大会」
  日時: 2025/05/25(日) 14:00〜17:00
  会場: 五反田 某所(詳細はイベントページ参照)
  受付番号: 4471

参加できなくなった場合は、キャンセル待ちの方のためにイベントページから
参加登録を取り消してください。

https://jawsug-jonan.connpass.com/event/351920/

このメールは connpass から自動送信されています。
""", cte="base64"))

# 053  closing_notice D: Japanese, ISO-2022-JP
D = "Tue, 27 May 2025 01:04:18 +0000"
D_CLOSE = ses_id()
D_CLOSE_TXT = """岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスです。

5月23日にお送りしたご質問について、まだご回答を確認できておりません。
5月30日(金)までにご返信がない場合、本ケースはいったんクローズとさせて
いただきます。

このメールにご返信いただければ、引き続き対応いたします。クローズ後で
あっても、ご返信をいただいた時点でケースを再開いたしますのでご安心ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("closing_notice", True, CASE_D, [],
    "Japanese closing notice on case D in ISO-2022-JP: will close on 30 May without an answer; a reply keeps it open or reopens it.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_D), ("Date", D), ("Message-ID", D_CLOSE),
     ("In-Reply-To", D_REQ), ("References", refs(D_ACK, D_REQ))],
    T(D_CLOSE_TXT, charset="iso-2022-jp", cte="7bit"))

# 054  user_reply D: Japanese answer, Gmail JP quoting, base64
D = "Tue, 27 May 2025 19:40:33 +0900"
D_U1 = gmail_id()
add("user_reply", False, CASE_D, [CAND_NEW],
    "Owner's Japanese answer on case D (base64 UTF-8), with Gmail's Japanese attribution line and '>' quoting of the closing notice and the original questions.",
    [("From", addr(ME_JA, ME_P)), ("To", "aws-cs-trainingcertification-form@amazon.com"),
     ("Subject", SUBJ_D), ("Date", D), ("Message-ID", D_U1),
     ("In-Reply-To", D_CLOSE), ("References", refs(D_ACK, D_REQ, D_CLOSE))],
    T("""山本様

ご連絡が遅くなり申し訳ありません。ご質問への回答です。

1. パスポートの表記は「DAISUKE OKABE」です(名・姓の順でお願いします)。
2. 保有しているすべての認定(候補ID AWS11902386 のもの)で修正をお願いします。

6月14日の Security - Specialty の予約もこの名前で問題ありません。

よろしくお願いいたします。
岡部 大輔

2025年5月27日(火) 10:04 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

""" + q(D_CLOSE_TXT + "\n" + D_REQ_TXT), cte="base64"))

# 055  resolved E: merged; quotes the confirmation request
D = "Wed, 28 May 2025 01:12:40 +0000"
E_DONE = ses_id()
add("resolved", False, CASE_E, [CAND_NEW],
    "Case E merged; 'no further action is required'; the earlier confirmation table (with its 'just confirm') is quoted below as HTML.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_E), ("Date", D), ("Message-ID", E_DONE),
     ("In-Reply-To", E_UPD), ("References", refs(E_ACK, E_REQ, E_CLOSE, E_U1, E_CONF, E_U2, E_UPD))],
    ALT(T("""Hi Daisuke,

The duplicate account has been folded into AWS11902386 and closed. From now on
you only have the one certification account, and new badges will reach your
Credly profile again; the missing ones should arrive within a few hours.

No further action is required from you.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, May 20, 2025 3:02 AM
To: daisuke.okabe.dev@gmail.com
Subject: %s

Hi Daisuke,
Thank you for sending the IDs. I found both accounts; here is what each holds today:
Candidate ID | Login email | Certifications | Created
AWS11902386 | daisuke.okabe.dev@gmail.com | CLF, SAA, DVA | 2025-04-28
AWS12055741 | daisuke.okabe.dev@gmail.com | none | 2025-05-02
My suggestion is to keep AWS11902386 and fold AWS12055741 into it, since the
second one has no history of its own. I'd like your go-ahead before doing so:
just confirm that both belong to you and that AWS11902386 is the one to keep, or
tell me if you would prefer the other way round.
""" % SUBJ_E, cte="quoted-printable"),
        H("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Daisuke,</p>
<p>The duplicate account has been folded into AWS11902386 and closed. From now on you only have the one certification account, and new badges will reach your Credly profile again; the missing ones should arrive within a few hours.</p>
<p>No further action is required from you.</p>
<p>Kind regards,<br>Hannah K.<br>AWS Training and Certification Customer Service</p>
<hr><p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Tuesday, May 20, 2025 3:02 AM<br><b>To:</b> daisuke.okabe.dev@gmail.com<br><b>Subject:</b> %s</p>
<blockquote style="margin-left:10px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote>
</body></html>""" % (SUBJ_E, E_CONF_HTML))))

# 056  badge E: Credly, several badges
D = "Wed, 28 May 2025 04:55:19 +0000"
add("badge", False, None, [],
    "Credly mail: three badges waiting to be accepted after case E; 'action needed' styling but it is a badge notice.",
    [("Received", recv("o2.ptr7731.credly.com", "167.89.12.81", ME_P, D)),
     ("Authentication-Results", gauth("credly.com", sel="s1", ip="167.89.12.81")),
     ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Action needed: you have 3 badges waiting to be accepted"),
     ("Date", D), ("Message-ID", generic_id("geopod-ismtpd-5.sendgrid.net"))],
    H("""<html><body><table width="600" align="center" style="font-family:Helvetica,Arial"><tr><td>
<p>Hi Daisuke,</p>
<p>You have badges from <b>Amazon Web Services Training and Certification</b> that haven't been accepted yet:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?pending=true" style="background:#2a9d8f;color:#fff;padding:10px 18px">Review and accept</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because a badge was issued to daisuke.okabe.dev@gmail.com. <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>"""))

# 057  survey E: plain text, "reply with a number" trap
D = "Thu, 29 May 2025 01:30:07 +0000"
add("survey", False, CASE_E, [],
    "Plain-text satisfaction survey for case E that invites a reply with a digit 1-5; replying is optional, so no reply needed.",
    [("Received", recv("a8-35.smtp-out.amazonses.com", "54.240.8.35", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.35")),
     ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", ME_P),
     ("Subject", "Quick question about case %s" % CASE_E),
     ("Date", D), ("Message-ID", ses_id())],
    T("""Hello Daisuke,

Your case %s was recently resolved. How likely are you to recommend AWS
Training and Certification support to a colleague?

Answer with one click:
  https://survey.aws.training/s/tc-nps?case=%s

or simply reply to this e-mail with a number from 0 (not at all likely) to 10
(extremely likely). Comments are welcome too.

Thank you for helping us improve.
AWS Training and Certification
""" % (CASE_E, CASE_E), cte="7bit"))

# 058  case_update D: Japanese, subject without case token, threaded only by headers
D = "Thu, 29 May 2025 02:25:31 +0000"
D_UPD = ses_id()
add("case_update", False, CASE_D, [],
    "Case D update in Japanese whose subject lost the [CASE] token and whose body has no case number: belongs to D only via In-Reply-To/References; 'ご対応いただく必要はございません'.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", hdr("Re: 認定証の氏名表記について")),
     ("Date", D), ("Message-ID", D_UPD),
     ("In-Reply-To", D_U1), ("References", refs(D_ACK, D_REQ, D_CLOSE, D_U1))],
    ALT(T("""岡部 大輔 様

ご回答いただきありがとうございます。山本でございます。

いただいた内容をもとに、氏名表記の修正を認定記録の担当部署へ依頼いたしました。
反映までに数営業日を要する見込みです。完了しましたら改めてご連絡いたしますので、
それまでの間、岡部様にご対応いただく必要はございません。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
山本
""", cte="quoted-printable"),
        H("""<html><body><p>岡部 大輔 様</p><p>ご回答いただきありがとうございます。山本でございます。</p>
<p>いただいた内容をもとに、氏名表記の修正を認定記録の担当部署へ依頼いたしました。反映までに数営業日を要する見込みです。完了しましたら改めてご連絡いたしますので、それまでの間、岡部様にご対応いただく必要はございません。</p>
<p>引き続きよろしくお願いいたします。</p><p>AWS トレーニングと認定 カスタマーサービス<br>山本</p></body></html>""")))

# 059  suspicious: fake Credly
D = "Fri, 30 May 2025 13:44:02 +0000"
add("suspicious", False, None, [],
    "Fake Credly mail from credly-badges-support.net: badges 'will be deleted' unless the owner logs in; passing auth for the lookalike domain.",
    [("Received", recv("smtp.credly-badges-support.net", "91.215.85.17", ME_P, D)),
     ("Authentication-Results", gauth("credly-badges-support.net", sel="mail", ip="91.215.85.17")),
     ("From", addr("Credly Badges", "no-reply@credly-badges-support.net")), ("To", ME_P),
     ("Subject", "Your AWS badges will be removed - account merge conflict detected"),
     ("Date", D), ("Message-ID", generic_id("credly-badges-support.net"))],
    H("""<html><body style="font-family:Arial"><p>Dear Earner,</p>
<p>We detected a conflict after a recent merge of your AWS Certification accounts. To prevent the loss of your 3 badges, you must re-link your Credly profile within <b>48 hours</b>.</p>
<p><a href="https://credly-badges-support.net/relink?id=a7f3e9">Sign in and re-link now</a></p>
<p>If you do not complete this step, the badges issued by Amazon Web Services Training and Certification will be removed from your profile.</p>
<p>Credly Trust &amp; Safety</p></body></html>"""))

# 060  resolved D: Japanese, multipart, conditional invitation
D = "Mon, 02 Jun 2025 03:05:49 +0000"
D_DONE = ses_id()
D_DONE_TXT = """岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
山本より本件を引き継ぎました。

認定記録の担当部署にて、氏名の表記を「DAISUKE OKABE」に修正いたしました。
保有中のすべての認定証(PDF)は新しい表記で再発行済みで、アカウントの
「認定」ページからダウンロードいただけます。試験会場で使用される氏名も
同じ表記に更新されております。

以上をもちまして、本件は完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
佐々木
"""
add("resolved", False, CASE_D, [],
    "Japanese resolution on case D by a second agent; ends with the conditional 'ご不明な点がございましたら、本メールにご返信ください'.",
    [("Received", recv(SES, "54.240.8.21", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com")),
     ("From", TC_FROM), ("To", ME_P), ("Subject", SUBJ_D), ("Date", D), ("Message-ID", D_DONE),
     ("In-Reply-To", D_UPD), ("References", refs(D_ACK, D_REQ, D_CLOSE, D_U1, D_UPD))],
    ALT(T(D_DONE_TXT, cte="base64"),
        H("<html><body>" + D_DONE_TXT.replace("\n", "<br>\n") + "</body></html>", cte="base64")))

# 061  user_reply D: forward to the new employer's HR with a candidate id
D = "Mon, 02 Jun 2025 14:20:15 +0900"
add("user_reply", False, CASE_D, [CAND_NEW],
    "Owner forwards the Japanese resolution to his new employer's HR ('---------- Forwarded message ---------'); his note names a candidate ID; sent to a third party.",
    [("From", addr(ME_JA, ME_P)), ("To", addr("西田 真理子", "hr@tsurumi-dataworks.jp")),
     ("Subject", hdr("Fwd: " + SUBJ_D)), ("Date", D), ("Message-ID", gmail_id()),
     ("References", D_DONE)],
    T("""西田様

お世話になっております。岡部です。
ご依頼いただいた認定証の件、氏名表記の修正が完了したとの連絡がAWSから
ありましたので転送いたします。認定証PDFは別途お送りします。
(AWS認定の候補IDは AWS11902386 です)

よろしくお願いいたします。
岡部

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年6月2日(月) 12:05
Subject: %s
To: <daisuke.okabe.dev@gmail.com>


""" % SUBJ_D + D_DONE_TXT, cte="base64"))

# 062  survey D: Japanese
D = "Tue, 03 Jun 2025 04:00:22 +0000"
add("survey", False, CASE_D, [],
    "Japanese satisfaction survey for case D (アンケートへのご協力のお願い), with 'ご回答ください' wording and a link.",
    [("Received", recv("a8-35.smtp-out.amazonses.com", "54.240.8.35", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.35")),
     ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", ME_P),
     ("Subject", hdr("アンケートへのご協力のお願い(ケース %s)" % CASE_D)),
     ("Date", D), ("Message-ID", ses_id())],
    ALT(T("""岡部 大輔 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました(ケース番号: %s)。

サービス向上のため、簡単なアンケートにご回答ください。所要時間は1分ほどです。
https://survey.aws.training/s/tc-ja?case=%s

※本メールへの返信は受け付けておりません。
""" % (CASE_D, CASE_D), charset="utf-8", cte="base64"),
        H("""<html><body><p>岡部 大輔 様</p><p>先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました(ケース番号: %s)。</p>
<p>サービス向上のため、簡単なアンケートにご回答ください。所要時間は1分ほどです。</p>
<p><a href="https://survey.aws.training/s/tc-ja?case=%s">アンケートに回答する</a></p><p style="font-size:11px">※本メールへの返信は受け付けておりません。</p></body></html>""" % (CASE_D, CASE_D), cte="base64")))

# 063  unrelated: AWS Budgets alert
D = "Thu, 05 Jun 2025 00:12:44 +0000"
add("unrelated", False, None, [],
    "AWS Budgets alert from an Amazon address with a 12-digit account ID; 'action' wording, not support.",
    [("Received", recv("a8-40.smtp-out.amazonses.com", "54.240.8.40", ME_P, D)),
     ("Authentication-Results", gauth("amazon.com", ip="54.240.8.40")),
     ("From", addr("AWS Budgets", "no-reply@budgets.amazonaws.com")), ("To", ME_P),
     ("Subject", "AWS Budgets: monthly-cap has exceeded your alert threshold"),
     ("Date", D), ("Message-ID", ses_id())],
    T("""AWS Budget Notification June 05, 2025
AWS Account 482109375516

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
monthly-cap budget is greater than 80.00% of your budgeted amount.
The ACTUAL Cost associated with this budget is $4.12 (budgeted: $5.00).

You can find additional details about your budget at
https://console.aws.amazon.com/billing/home#/budgets

This email was sent by Amazon Web Services. Please do not reply.
""", cte="7bit"))

# 064  suspicious: fake CertMetrics (lookalike), certification "suspended", asks for reply with ID
D = "Sat, 07 Jun 2025 18:09:30 +0000"
add("suspicious", False, None, [],
    "Lookalike certmetrics-aws.com claims the certification is suspended after a merge and demands a reply with passport scan; SPF softfail, no DKIM, DMARC none.",
    [("Received", recv("mx.bulk-relay-8.ru", "94.102.61.8", ME_P, D)),
     ("Authentication-Results", "mx.google.com;\n       spf=softfail (mx.google.com: domain of transitioning notice@certmetrics-aws.com does not designate 94.102.61.8 as permitted sender) smtp.mailfrom=notice@certmetrics-aws.com;\n       dmarc=none header.from=certmetrics-aws.com"),
     ("From", addr("AWS Certification", "notice@certmetrics-aws.com")), ("To", ME_P),
     ("Subject", "Important: your AWS Certification status has been suspended"),
     ("Date", D), ("Message-ID", generic_id("bulk-relay-8.ru"))],
    T("""Dear Candidate,

Following the recent merge of your certification accounts, our compliance
system flagged a name mismatch. Your AWS Certification status is SUSPENDED
until your identity is verified.

Reply to this message within 72 hours with:
  - a scan of your passport
  - your AWS Builder ID password
  - your candidate ID

Failure to respond will result in permanent revocation of all credentials.

AWS Certification Compliance
""", cte="7bit"))

# 065  certification: exam result (Japanese HTML)
D = "Mon, 16 Jun 2025 08:30:15 +0000"
add("certification", False, None, [CAND_NEW],
    "Japanese exam-result mail (new certification earned) from CertMetrics, with the candidate ID in a table.",
    [("Received", recv("mail-out1.certmetrics.com", "198.51.100.71", ME_P, D)),
     ("Authentication-Results", gauth("certmetrics.com", sel="s1", ip="198.51.100.71")),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
     ("Subject", hdr("AWS 認定取得おめでとうございます: AWS Certified Security - Specialty")),
     ("Date", D), ("Message-ID", generic_id("certmetrics.com"))],
    H("""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>Daisuke Okabe 様</p>
<p>AWS Certified Security - Specialty 認定の取得、おめでとうございます。</p>
<table border="1" cellspacing="0" cellpadding="5"><tr><td>候補ID</td><td>AWS11902386</td></tr>
<tr><td>認定</td><td>AWS Certified Security - Specialty</td></tr><tr><td>取得日</td><td>2025年6月14日</td></tr>
<tr><td>有効期限</td><td>2028年6月14日</td></tr></table>
<p>認定証と特典(次回試験 50% 割引バウチャーなど)は AWS 認定アカウントからご確認いただけます。デジタルバッジは Credly から別途ご案内いたします。</p>
<p>AWS トレーニングと認定</p></body></html>""", cte="base64"))

# 066  badge: new badge
D = "Mon, 16 Jun 2025 09:02:51 +0000"
add("badge", False, None, [],
    "Credly badge for the new certification (plain text only).",
    [("Received", recv("o1.ptr7731.credly.com", "167.89.12.80", ME_P, D)),
     ("Authentication-Results", gauth("credly.com", sel="s1", ip="167.89.12.80")),
     ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Congratulations, Daisuke! You earned a new badge"),
     ("Date", D), ("Message-ID", generic_id("geopod-ismtpd-2.sendgrid.net"))],
    T("""Congratulations, Daisuke!

Amazon Web Services Training and Certification has recognised your achievement
with the badge "AWS Certified Security - Specialty".

Claim it and share it with your network:
https://www.credly.com/badges/9b0d2e55-1c47-4a3f-8f6e-2d5b7c0e6a91

Credly
""", cte="7bit"))

# 067  unrelated: Pearson VUE candidate survey
D = "Tue, 17 Jun 2025 01:15:00 +0000"
add("unrelated", False, None, [],
    "Exam vendor's post-exam experience survey (Pearson VUE) - a survey, but not about a support case.",
    [("Received", recv("mta12.pearsonvue.com", "192.0.2.112", ME_P, D)),
     ("Authentication-Results", gauth("pearson.com", sel="pvue1", ip="192.0.2.112")),
     ("From", addr("Pearson VUE", "pearsonvue@pearson.com")), ("To", ME_P),
     ("Subject", "Tell us about your testing experience"),
     ("Date", D), ("Message-ID", generic_id("pearsonvue.com"))],
    ALT(T("""Dear Daisuke Okabe,

Thank you for testing with Pearson VUE on June 14, 2025 (registration 482119073).
We would appreciate a few minutes of your time to tell us how your visit to
the Tokyo Shinjuku test center went.

Start the survey: https://pearsonvue.az1.qualtrics.com/jfe/form/SV_tc2025?r=482119073

Pearson VUE
""", cte="7bit"),
        H("""<p>Dear Daisuke Okabe,</p><p>Thank you for testing with Pearson VUE on June 14, 2025 (registration 482119073). We would appreciate a few minutes of your time to tell us how your visit to the Tokyo Shinjuku test center went.</p><p><a href="https://pearsonvue.az1.qualtrics.com/jfe/form/SV_tc2025?r=482119073">Start the survey</a></p><p>Pearson VUE</p>""")))

# =========================================================================================
README_HEAD = """me: %s %s

# blind-402: a held-out mailbox for AWS Training and Certification support cases

Mailbox of Daisuke Okabe (岡部 大輔), who leaves Mizunami Tech (an AWS Partner Network company) on
9 May 2025 and moves his certification account from the company address to his personal Gmail
address. Both of his addresses deliver into this one mailbox (the company one until 9 May); he
sends from both. 67 messages, 24 Apr - 17 Jun 2025, in arrival order. Written blind: only
DOMAIN.md, BLIND-CORPUS.md, the seeds and the brief were read. Regenerate with `python3 gen.py`.

## Cases in the set
| case | format | channel | topic | course |
|---|---|---|---|---|
| %s | 15 digits | T&C form (`aws-cs-trainingcertification-form@amazon.com`) | merge company account into personal | ack, APN partner hold with a question, owner answers, pure hold, hold lifted, Account #1/#2 confirmation (Cc company address), owner confirms from the company address, support asks for the confirmation from the kept address, owner confirms, merged, survey; then reopened for a missing exam record and resolved again |
| %s | 15 digits | T&C form | duplicate submission of the same merge request | Japanese ack, then closed as a duplicate and linked to case A |
| %s | 11 digits | Support Center console (`no-reply-aws@amazon.com`) | 50%% exam voucher missing after the merge | case created, request to add a screenshot in the console, auto-resolve warning, update after the owner answered in the console, resolved |
| %s | 10 digits | T&C form, in Japanese | name order on certificates | ack (Shift_JIS), keigo request, closing notice (ISO-2022-JP), owner answers, update whose subject lost the case token, resolved, owner forwards it to his new employer, survey |
| %s | 15 digits | T&C form | second account with the same Gmail address (Credly badges stop) | ack (HTML-only), request for candidate IDs, closing notice, owner sends IDs, confirmation keyed by candidate ID (HTML table), go-ahead, passed to merge team, merged, survey |

Case-like numbers that are **not** tracked cases: 174641400051290 and 174737520009914 (phishing),
174762241100733 (AWS Events form case), 2504280040011872 (Microsoft), 482109375516 (AWS account),
482119073 (Pearson VUE registration), 581204 (Builder ID code). The 10-digit format of case D is
anachronistic for 2025 on purpose, to cover every documented length.

Candidate IDs: AWS04477120 (company account), AWS11902386 (personal, kept), AWS12055741
(accidental duplicate).

## Labelling decisions (judgement calls)
- **Hold with a question** (011): kind `on_hold` (the case is paused for the partner), but
  `needs_reply` true, because support cannot go on without the owner's last working day and consent.
  The later hold (015) says nothing is needed: `needs_reply` false.
- **Console case** (C): requests and the auto-resolve warning are `needs_reply` true although the
  answer must go through the Support Center, not by mail: the owner still has to act now.
- **Wrong-address reply** (022): support refuses a confirmation sent from the retiring address and
  wants it again from the kept one: `info_request` (it asks for a re-send from another address,
  not a new merge decision), `needs_reply` true.
- **Case E candidate-ID request** (038) is `info_request`; the later table asking which account to
  keep (045) is `confirmation_request`.
- **Resolved mails that quote old requests or mention closing** (024, 035, 046, 055): `resolved`,
  `needs_reply` false. 035 says the case "will close automatically after 7 days" - that is a
  housekeeping note after resolution, not a closing notice for silence. Conditional invitations
  ("a reply will reach us", "feel free to reply", 〜がございましたら…ご返信ください) never make
  `needs_reply` true.
- **Duplicate closure** (010): `case_update` on case B (news, nothing to do), although it names
  case A as well.
- **Surveys**: a support-case survey is `survey` even when it invites a reply with a number (057).
  The CertMetrics programme survey (028) is `certification`; Pearson VUE's test-centre survey (067)
  is `unrelated`.
- **Other AWS programme case** (044, AWS Events form, asks a question): `unrelated`, `needs_reply`
  false, `case` null - only Training and Certification cases are tracked. Its "badge" is an event
  name badge, not Credly.
- **`case`** is set for every message of a tracked case, including the owner's replies, surveys
  that name the case, and mail that belongs to a case only through In-Reply-To/References (058).
  It is null for badge, certification, suspicious and unrelated mail, even when they carry a
  case-like number (phishing quotes invented case numbers). 043 names case A in its text but
  belongs to case E's thread: `case` is E.
- **`candidate_ids`**: IDs in the message's own new text only (not in quoted or forwarded history),
  each ID once, in order of first appearance; the text and HTML alternatives of one message carry
  the same IDs. Support's own text counts (011, 024, 045, 055), as do CertMetrics/Pearson VUE mails.
- **Owner's mail** is `user_reply` wherever it goes: replies from either address, a memo to
  himself (004), a forward to his new employer (061).
- **Internal/HR mail asking things** (002, 027, 037) and vendor "reply to reopen" (017) are
  `unrelated`, `needs_reply` false.

## Messages
| # | kind | reply? | what it is and what makes it hard |
|---|---|---|---|
""" % (ME_P, ME_C, CASE_A, CASE_B, CASE_C, CASE_D, CASE_E)

def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append("| %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no",
                                               m["note"].replace("|", "/")))
    summary = "\n## Counts\n" + "\n".join("- %s: %d" % kv for kv in sorted(counts.items())) + \
        "\n- total: %d, needs_reply true: %d\n" % (len(MSGS), sum(1 for m in MSGS if m["reply"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n" + summary)
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["reply"])))

if __name__ == "__main__":
    main()
