#!/usr/bin/env python3
"""Blind corpus generator: AWS Training and Certification support-case mail + surrounding mail.
Standard library only. Writes NNN-msg.eml / NNN-msg.json next to this script."""
import base64, json, os, quopri, random, collections
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(191)

ME_P = "kenta.mori.dev@gmail.com"
ME_C = "k.mori@hoshizora-sys.co.jp"
ME_NAME = "Kenta Mori"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

CA = "174392018800231"   # merge company -> personal, APN hold
CB = "174399254100118"   # duplicate form from company address (JP)
CC = "13842290571"       # console case, voucher missing after merge
CD = "174470332900562"   # name correction, Japanese support
CE = "174762870500913"   # two accounts on same address (Partner Central SSO), closed then reopened

OLD = "AWS04417720"      # company certification account
NEW = "AWS09152384"      # personal certification account
SSO = "AWS11873025"      # accidental SSO account

MSGS = []
_seq = [0]


def mid(dom="mail.gmail.com"):
    _seq[0] += 1
    r = "".join(random.choice("0123456789abcdef") for _ in range(24))
    return "<%s.%04d@%s>" % (r, _seq[0], dom)


def ses_mid():
    r = "".join(random.choice("0123456789abcdef") for _ in range(16))
    u = "-".join("".join(random.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))
    return "<0100%s-%s-000000@email.amazonses.com>" % (r, u)


def sfdc_mid():
    r = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
    return "<%s@sfdc.net>" % r


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs if cte == "8bit" else "ascii")


def leaf(ctype, text, cs, cte):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return h, encode_body(text, cs, cte)


def auth_gmail(dom, ok=True, dkim=True, spf=True):
    d = "pass" if dkim else "fail"
    s = "pass" if spf else "softfail"
    m = "pass" if ok else "fail"
    pol = "p=QUARANTINE sp=QUARANTINE" if (dom.endswith("amazon.com") or not ok) else "p=NONE sp=NONE"
    dis = "NONE" if ok else "QUARANTINE"
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of bounce@%s %s %d.%d.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s dis=%s) header.from=%s"
            % (d, dom, random.choice(["ug7nbtf4", "224i4yxa", "s1", "google"]),
               "".join(random.choice("ABCDEFGHabcdefgh0123") for _ in range(8)),
               s, dom, "designates" if spf else "does not designate", 54 if spf else 185, 240 if spf else 234,
               random.randint(1, 250), random.randint(1, 250), dom, m, pol, dis, dom))


def auth_o365(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("Authentication-Results: spf=%s (sender IP is 54.240.%d.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (r, random.randint(1, 250), random.randint(1, 250), dom, r, dom, r, dom, r))


def build(frm, to, subj, date, text=None, html=None, cs="utf-8", cte="8bit", hcte=None,
          msgid=None, irt=None, refs=None, cc=None, extra=(), crlf=False, hcs=None, reply_to=None,
          auth=None):
    """Return bytes of a complete message."""
    H = []
    if auth:
        H.append(auth)
    H.append("Date: " + format_datetime(date))
    H.append("From: " + frm)
    H.append("To: " + to)
    if cc:
        H.append("Cc: " + cc)
    if reply_to:
        H.append("Reply-To: " + reply_to)
    H.append("Subject: " + hdr(subj, hcs or ("utf-8" if cs in ("utf-8", "us-ascii") else cs)))
    H.append("Message-ID: " + (msgid or mid()))
    if irt:
        H.append("In-Reply-To: " + irt)
    if refs:
        H.append("References: " + " ".join(refs))
    H.extend(extra)
    H.append("MIME-Version: 1.0")
    if text is not None and html is not None:
        b = "----=_Part_%d_%d.%d" % (random.randint(10000, 99999), random.randint(1000000, 9999999), random.randint(10**12, 10**13))
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        th, tb = leaf("text/plain", text, cs, cte)
        hh, hb = leaf("text/html", html, cs, hcte or cte)
        body = "\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, th, tb.rstrip("\n"), b, hh, hb.rstrip("\n"), b)
    elif html is not None:
        ch, cb = leaf("text/html", html, cs, hcte or cte)
        H.extend(ch.rstrip("\n").split("\n"))
        body = cb
    else:
        ch, cb = leaf("text/plain", text, cs, cte)
        H.extend(ch.rstrip("\n").split("\n"))
        body = cb
    s = "\n".join(H) + "\n\n" + body
    if not s.endswith("\n"):
        s += "\n"
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8") if cte == "8bit" else s.encode("ascii")


def add(kind, needs, case, cands, note, raw):
    MSGS.append(dict(kind=kind, needs_reply=needs, case=case, candidate_ids=cands, note=note, raw=raw))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def d(m, day, h, mi, tz=JST):
    return datetime(2025, m, day, h, mi, random.randint(0, 59), tzinfo=tz)


def subj_form(case, topic="account-assistance", style="RE:"):
    sep = "RE:" if style == "RE:" else "RE: "
    if style == "":
        return "[CASE %s] [AWS Training and Certification Form Submission] - %s" % (case, topic)
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (sep, case, topic)


FORM_FROM = addr("Amazon Web Services", FORM)
FORM_FROM2 = addr("AWS Training and Certification", FORM)
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)
P_TO = addr(ME_NAME, ME_P)
C_TO = addr("森 健太", ME_C)
ME_FROM_P = addr(ME_NAME, ME_P)
ME_FROM_C = addr("Mori Kenta (森 健太)", ME_C)

CONSOLE_FOOT = """
To see all of the correspondence for this case, or to add a reply, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail address is not monitored and cannot accept incoming e-mails. Replies sent to it are not added to your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ---------------------------------------------------------------- messages, arrival order
# 1 GitHub merged PR
add("unrelated", False, None, [], "GitHub notification: PR merged. 'merged' and 'accounts' wording, nothing about AWS cases.",
    build(addr("Yuki Tanabe", "notifications@github.com"), addr("hoshizora/infra-terraform", "infra-terraform@noreply.github.com"),
          "Re: [hoshizora/infra-terraform] Merge IAM accounts module into shared stack (PR #412)", d(3, 27, 18, 2),
          text="""Merged #412 into main.

The account module for the staging and prod accounts is now one stack; please rebase open branches.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-terraform/pull/412#event-1729938401
You are receiving this because you were mentioned.
""", cc=addr(ME_NAME, ME_C), extra=["X-GitHub-Reason: mention", "List-ID: hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>"],
          auth=auth_o365("github.com"), msgid="<hoshizora/infra-terraform/pull/412/issue_event/1729938401@github.com>"))

# 2 JP newsletter, ISO-2022-JP
add("unrelated", False, None, [], "Japanese tech newsletter in ISO-2022-JP that mentions AWS certification and 'ケース' in passing.",
    build(addr("クラウド週報", "news@cloudweekly.example.jp", "iso-2022-jp"), P_TO, "【クラウド週報】第214号 AWS認定の更新ルール変更ほか", d(3, 28, 7, 0),
          text="""クラウド週報 第214号

■ 今週のトピック
・AWS認定の再認定ルールが一部変更されました。有効期限が近い方は早めに確認しましょう。
・サポートケースの上手な書き方：再現手順とアカウント情報を最初に書く
・読者アンケート実施中（回答は任意です）

配信停止はこちら: https://cloudweekly.example.jp/unsubscribe
""", cs="iso-2022-jp", cte="7bit", auth=auth_gmail("cloudweekly.example.jp")))

# 3 certmetrics feedback (certification)
add("certification", False, None, [OLD], "CertMetrics program feedback invitation ('wants to hear from you') - a request to answer, but program mail, not a support case.",
    build(addr("AWS Certification", "do-not-reply@certmetrics.com"), C_TO, "AWS Certification wants to hear from you", d(3, 29, 2, 14, UTC),
          html="""<html><body style="font-family:Arial">
<p>Hello Kenta,</p>
<p>You recently earned an AWS Certification. Tell us what went well and what we could do better &mdash; the questionnaire takes about five minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?c=AWS04417720">Start the questionnaire</a></p>
<p style="color:#777;font-size:11px">Candidate ID: AWS04417720<br>You are receiving this because you hold an active AWS Certification. Please do not reply to this message.</p>
</body></html>""", cte="quoted-printable", auth=auth_o365("certmetrics.com")))

# 4 Builder ID code
add("unrelated", False, None, [], "AWS Builder ID one-time code (6-digit number that is not a case ID).",
    build(addr("AWS Builder ID", "no-reply@signin.aws"), P_TO, "Verify your AWS Builder ID email address", d(3, 29, 21, 40),
          text="""Hello,

Use this code to finish creating your AWS Builder ID:

    583920

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""", cte="7bit", cs="us-ascii", msgid=ses_mid(), auth=auth_gmail("signin.aws")))

# 5 owner note to self with candidate IDs
N5 = mid()
add("user_reply", False, None, [OLD, NEW], "Owner's note to self before filing the form: both candidate IDs, no case yet.",
    build(ME_FROM_P, P_TO, "memo: AWS cert merge", d(3, 29, 22, 5), msgid=N5,
          text="""old (company) acct: AWS04417720  k.mori@hoshizora-sys.co.jp
new (personal) acct: AWS09152384  kenta.mori.dev@gmail.com

- 50% voucher on the old account, expires 2025-09
- SAA-C03 + DVA-C02 on old, nothing on new
- last day at Hoshizora: 4/25
"""))

# 6 ack case A
ACK_A = sfdc_mid()
add("acknowledgement", False, CA, [OLD, NEW], "Acknowledgement of case A; echoes the submitted form including both candidate IDs (echo counted as the message's own text). Contains 'please do not open another case' - not a request to reply.",
    build(FORM_FROM, P_TO, subj_form(CA, style=""), d(3, 29, 14, 18, UTC), msgid=ACK_A, reply_to=FORM,
          text="""Hello,

Thank you for reaching out to AWS Training and Certification. Case %s has been created for your request, and a member of our team will respond, normally within one business day. Some requests need research with other teams and may take longer.

To keep things moving, please don't submit this request again through the form - a second case for the same issue is handled separately and slows down the answer on both.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Mori
Email: kenta.mori.dev@gmail.com
Description:
I am leaving my employer (Hoshizora Systems) at the end of April and want my certifications on my personal account.
Old account: k.mori@hoshizora-sys.co.jp (AWS04417720)
Account to keep: kenta.mori.dev@gmail.com (AWS09152384)

Kind regards,
AWS Training and Certification Customer Support
""" % CA, cte="quoted-printable", auth=auth_gmail("amazon.com")))

# 7 marketing
add("unrelated", False, None, [], "AWS marketing (Summit registration), HTML-only, from amazon.com with 'Register now' call to action.",
    build(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), C_TO, "AWS Summit Japan 2025 - registration is open", d(3, 31, 10, 0),
          html="""<html><body><table width="600"><tr><td>
<h2>AWS Summit Japan 2025</h2>
<p>Two days, 150+ sessions, and hands-on labs. Certified attendees get access to the AWS Certified Lounge.</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/">Register now</a></p>
<p style="font-size:10px">Amazon Web Services Japan G.K. | Meguro Central Square, Tokyo. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""", cte="base64", msgid=ses_mid(), auth=auth_o365("amazon.com")))

# 8 ack case B, Japanese, to company address, ISO-2022-JP
ACK_B = sfdc_mid()
ACK_B_TEXT = """森 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として受け付けました。担当者より、通常1営業日以内にご連絡いたします。

同じ内容のお問い合わせを重ねて送信されますと、ご回答までにお時間をいただく場合がございます。ご了承ください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文: 退職予定のため、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。

AWS トレーニングと認定 カスタマーサポート
""" % CB
add("acknowledgement", False, CB, [], "Japanese acknowledgement (ISO-2022-JP) of a second, duplicate case B filed from the company address.",
    build(addr("Amazon Web Services", FORM), C_TO, subj_form(CB, style=""), d(3, 31, 9, 2), msgid=ACK_B,
          text=ACK_B_TEXT, cs="iso-2022-jp", cte="7bit", auth=auth_o365("amazon.com")))

# 9 owner forwards B ack to personal
FWD_B = mid("hoshizora-sys.co.jp")
add("user_reply", False, CB, [], "Owner forwards the case-B acknowledgement from the company to the personal address with a note: own mail, Outlook forward header.",
    build(ME_FROM_C, P_TO, "FW: " + subj_form(CB, style=""), d(3, 31, 9, 15), msgid=FWD_B,
          text="""自分用メモ：フォームを会社のアドレスからもう一回送ってしまった。
ケース2つになってる…。様子見。

________________________________________
From: Amazon Web Services <%s>
Sent: Monday, March 31, 2025 9:02 AM
To: 森 健太 <%s>
Subject: %s

%s""" % (FORM, ME_C, subj_form(CB, style=""), ACK_B_TEXT), extra=["X-MS-Has-Attach: ", "Thread-Topic: " + subj_form(CB, style="")],
          cte="base64"))

# 10 Pearson VUE
add("unrelated", False, None, [], "Exam vendor appointment confirmation: 9-digit registration ID, AWS exam name, asks nothing of support.",
    build(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), P_TO, "Pearson VUE Confirmation of Booking", d(4, 1, 11, 30),
          text="""Dear Kenta Mori,

Thank you for scheduling your AWS Certified Solutions Architect - Professional exam.

Registration ID: 482915730
Appointment: Saturday, May 17, 2025 10:00 AM JST
Test center: Pearson Professional Centers-Tokyo Shinjuku

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""", cte="7bit", cs="us-ascii", auth=auth_gmail("pearson.com")))

# 11 on hold case A with buried question
HOLD_A = sfdc_mid()
HOLD_A_TEXT = """Hello Kenta,

I'm Dev from the AWS Training and Certification team and I'll be looking after case %s.

While reviewing the two profiles I found that the one registered with k.mori@hoshizora-sys.co.jp is linked to an AWS Partner Network organization (Hoshizora Systems). Certification records that count toward a partner's tier can't be moved while that link is active, so I have raised this with our Partner team and asked them to check with the partner's alliance lead. Until they come back to me the merge is on hold; this usually takes 2-4 business days.

One thing that will help the Partner team: is your employment with Hoshizora Systems ending, and if so on what date? If you have already left, the link can normally be released without the partner's approval.

Best regards,
Dev P.
AWS Training and Certification
""" % CA
add("on_hold", True, CA, [], "Partner (APN) hold on case A - paused for an outside reason, but a question about the last working day is buried in the middle: needs a reply.",
    build(FORM_FROM, P_TO, subj_form(CA), d(4, 1, 1, 47, UTC), msgid=HOLD_A, irt=ACK_A, refs=[ACK_A], reply_to=FORM,
          text=HOLD_A_TEXT, cte="quoted-printable", auth=auth_gmail("amazon.com")))

# 12 case B closed as duplicate
DUP_B = sfdc_mid()
add("case_update", False, CB, [], "Case B closed as a duplicate of case A; mentions both case numbers. Belongs to B. Nothing to answer.",
    build(FORM_FROM, C_TO, subj_form(CB, style="RE: "), d(4, 1, 3, 5, UTC), msgid=DUP_B, irt=ACK_B, refs=[ACK_B], reply_to=FORM,
          text="""Hello,

We found that this request is already being worked on under case %s, which was opened from kenta.mori.dev@gmail.com on March 29. To avoid two agents working the same merge, I've linked the two and closed this one (%s). All further updates will be sent on case %s only.

Regards,
Sofia R.
AWS Training and Certification
""" % (CA, CB, CA), cte="7bit", cs="us-ascii", auth=auth_o365("amazon.com")))

# 13 billing
add("unrelated", False, None, [], "AWS billing invoice with a 12-digit account ID in brackets (not a case ID).",
    build(addr("Amazon Web Services", "aws-billing@amazon.com"), P_TO, "Amazon Web Services Invoice Available [AWS ID 318204775619]", d(4, 2, 17, 11),
          text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 4.37

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", cs="us-ascii", msgid=ses_mid(), auth=auth_gmail("amazon.com")))

# 14 owner replies to hold from company address (wrong address)
R_A1 = mid("hoshizora-sys.co.jp")
add("user_reply", False, CA, [], "Owner answers the hold question - but from the company address; Outlook top-post over the quoted hold.",
    build(ME_FROM_C, addr("Amazon Web Services", FORM), subj_form(CA), d(4, 2, 9, 41), msgid=R_A1, irt=HOLD_A, refs=[ACK_A, HOLD_A],
          text="""Hi Dev,

Yes, I'm leaving Hoshizora Systems. My last working day is April 25, 2025, and this mailbox will be closed after that.

Thanks,
Kenta Mori

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, April 1, 2025 10:47 AM
To: Kenta Mori <%s>
Subject: %s

%s""" % (FORM, ME_P, subj_form(CA), HOLD_A_TEXT), cte="quoted-printable", crlf=True))

# 15 phishing lookalike
add("suspicious", False, None, [], "Phishing from a lookalike domain: fake case number, urgency, asks to 'reply with your login' - demands a reply but needs_reply is false.",
    build(addr("AWS Certification Support", "support@aws-certification-help.com"), P_TO, "RE:[CASE 174400112300001] Action required: verify your certification account", d(4, 2, 23, 58),
          text="""Dear Candidate,

Your AWS Certification account has been flagged during a routine account merge audit. To avoid suspension of all certifications within 24 hours, you must verify your identity.

Reply to this email with your Builder ID email and password, or sign in here:
http://aws-certification-help.com/verify?case=174400112300001

AWS Certification Security Team
""", cte="7bit", cs="us-ascii", auth=auth_gmail("aws-certification-help.com", ok=True)))

# 16 support: reply from wrong address
WRONG_A = sfdc_mid()
add("info_request", True, CA, [], "Support received the answer from an address not on the case and asks the owner to send it again from the personal address; sent to the company address.",
    build(FORM_FROM, C_TO, subj_form(CA), d(4, 2, 6, 12, UTC), msgid=WRONG_A, irt=R_A1, refs=[ACK_A, HOLD_A, R_A1], reply_to=FORM,
          text="""Hi Kenta,

Thanks for the quick answer. Because this case was opened from kenta.mori.dev@gmail.com, I'm only able to act on instructions that come from that address - for your security we don't make account changes based on mail from a different address, even if it's one of the accounts being merged.

Would you mind sending the same confirmation from kenta.mori.dev@gmail.com, replying on this case? As soon as it arrives I'll pass it to the Partner team.

Dev P.
AWS Training and Certification

> Yes, I'm leaving Hoshizora Systems. My last working day is April 25, 2025,
> and this mailbox will be closed after that.
""", cte="7bit", cs="us-ascii", auth=auth_o365("amazon.com")))

# 17 Atlassian case closed (other vendor)
add("unrelated", False, None, [], "Other vendor's support case closing notice (Atlassian) - 'reply to reopen', but not AWS T&C.",
    build(addr("Atlassian Support", "support@atlassian.com"), C_TO, "[JIRA] Your request JST-884213 has been resolved", d(4, 3, 8, 20),
          text="""Hi Kenta,

We haven't heard back from you about the Confluence space export issue, so we've marked your request JST-884213 as resolved.

If the problem is still there, just reply to this email within 14 days and the request will reopen automatically.

Cheers,
Priya - Atlassian Support
""", cte="7bit", cs="us-ascii", auth=auth_o365("atlassian.com")))

# 18 owner resends from personal
R_A2 = mid()
add("user_reply", False, CA, [], "Owner resends the answer from the personal address, Gmail quoting style ('On ... wrote:').",
    build(ME_FROM_P, addr("Amazon Web Services", FORM), subj_form(CA), d(4, 2, 20, 3), msgid=R_A2, irt=WRONG_A, refs=[ACK_A, HOLD_A, R_A1, WRONG_A],
          text="""Hello Dev,

Sending this again from my personal address as requested: I am leaving Hoshizora Systems, and my last working day is April 25, 2025. Please go ahead with the merge into kenta.mori.dev@gmail.com.

Best regards,
Kenta Mori

On Wed, Apr 2, 2025 at 3:12 PM Amazon Web Services <%s> wrote:
%s
""" % (FORM, quote("""Hi Kenta,

Thanks for the quick answer. Because this case was opened from kenta.mori.dev@gmail.com, I'm only able to act on instructions that come from that address.

Would you mind sending the same confirmation from kenta.mori.dev@gmail.com, replying on this case?

Dev P.""")), cte="quoted-printable"))

# 19 colleague handover ISO-2022-JP
add("unrelated", False, None, [], "Colleague's handover request in Japanese (ISO-2022-JP) on the company address; contains requests, but not from support.",
    build(addr("佐藤 亮", "r.sato@hoshizora-sys.co.jp", "iso-2022-jp"), C_TO, "引き継ぎ資料の件", d(4, 3, 13, 5),
          text="""森さん

お疲れさまです。佐藤です。
退職前に、監視基盤の引き継ぎ資料を共有フォルダに置いていただけますか。
あわせて、AWSアカウントの管理者権限の移管日程も決めたいので、来週どこかで30分ください。

よろしくお願いします。
佐藤
""", cs="iso-2022-jp", cte="7bit", auth=auth_o365("hoshizora-sys.co.jp")))

# 20 case_update: hold lifted
LIFT_A = sfdc_mid()
add("case_update", False, CA, [], "Hold lifted on case A; passed on to the merge step; 'you'll hear from us' - no question.",
    build(FORM_FROM, P_TO, subj_form(CA), d(4, 4, 5, 30, UTC), msgid=LIFT_A, irt=R_A2, refs=[ACK_A, HOLD_A, R_A1, WRONG_A, R_A2], reply_to=FORM,
          text="""Hello Kenta,

Good news: the Partner team has confirmed with Hoshizora Systems, and the partner link on your old profile will be released at the end of the day on April 25. The hold on this case is lifted.

I've moved the case to the colleague who handles merges. Expect a message from them shortly with the details of both accounts.

Thanks for your patience,
Dev P.
AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

# 21 Skill Builder receipt
add("unrelated", False, None, [], "AWS Skill Builder subscription receipt from no-reply@aws.training: training platform mail, not a case.",
    build(addr("AWS Skill Builder", "no-reply@aws.training"), P_TO, "Your AWS Skill Builder Individual subscription receipt", d(4, 5, 0, 12),
          html="""<html><body>
<h3>Thanks for subscribing</h3>
<table border="1" cellpadding="4"><tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-20250405-77812</td></tr></table>
<p>Questions about your subscription? Visit the Skill Builder help center.</p>
</body></html>""", cte="quoted-printable", msgid=ses_mid(), auth=auth_gmail("aws.training")))

# 22 confirmation request A, HTML only with table
CONF_A = sfdc_mid()
CONF_A_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>My name is Mariana and I'm taking over your merge request. I located the following certification profiles:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09152384</td><td>AWS04417720</td></tr>
<tr><td>Sign-in email</td><td>kenta.mori.dev@gmail.com</td><td>k.mori@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notifications</td><td>kenta.mori.dev@gmail.com</td><td>k.mori@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notifications</td><td>kenta.mori.dev@gmail.com</td><td>k.mori@hoshizora-sys.co.jp</td></tr>
<tr><td>Certifications</td><td>&mdash;</td><td>SAA-C03, DVA-C02</td></tr>
</table>
<p>Once merged, Account #2 is retired and everything on it (exam history, certifications, the 50% exam benefit) moves to the account you keep. This can't be undone.</p>
<p>Let me know that both profiles are yours and which one should remain &mdash; I'll start as soon as I hear back.</p>
<p>Warm regards,<br>Mariana G.<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add("confirmation_request", True, CA, [NEW, OLD], "HTML-only confirmation request with a table of the two accounts; the ask is 'Let me know...' with no question mark and no 'please'.",
    build(FORM_FROM2, P_TO, subj_form(CA, style="RE: "), d(4, 7, 2, 9, UTC), msgid=CONF_A, irt=LIFT_A, refs=[ACK_A, HOLD_A, R_A2, LIFT_A], reply_to=FORM,
          html=CONF_A_HTML, cte="base64", auth=auth_gmail("amazon.com")))

# 23 colleague Shift_JIS farewell party
add("unrelated", False, None, [], "Colleague's farewell-party invitation in Shift_JIS, asks to reply with attendance (not support).",
    build(addr("山本 彩", "a.yamamoto@hoshizora-sys.co.jp", "shift_jis"), C_TO, "送別会のご案内（4/24）", d(4, 8, 12, 30),
          text="""森さん

4月24日（木）19時から、新橋で送別会を予定しています。
ご都合はいかがでしょうか。出欠を金曜までにお知らせください。

山本
""", cs="shift_jis", cte="base64", auth=auth_o365("hoshizora-sys.co.jp")))

# 24 closing notice A, quoting the request
CLOSE_A = sfdc_mid()
add("closing_notice", True, CA, [], "Closing notice for case A; the earlier account table is quoted under an Outlook-style header. Owner must answer or the case closes.",
    build(FORM_FROM2, P_TO, subj_form(CA), d(4, 10, 2, 15, UTC), msgid=CLOSE_A, irt=CONF_A, refs=[ACK_A, LIFT_A, CONF_A], reply_to=FORM,
          text="""Hello Kenta,

I'm following up on the account details I sent on April 7. I haven't received your answer yet, so I can't proceed with the merge.

If there is no response by April 13, this case will be closed automatically. A reply on this thread at any time before or after that will keep it open (or reopen it) and I'll pick it up from there.

Mariana G.
AWS Training and Certification

________________________________
From: AWS Training and Certification
Sent: 07 April 2025 02:09
Subject: %s

Hello Kenta,
My name is Mariana and I'm taking over your merge request. I located the following certification profiles:
Account #1 - AWS09152384 - kenta.mori.dev@gmail.com
Account #2 - AWS04417720 - k.mori@hoshizora-sys.co.jp
Let me know that both profiles are yours and which one should remain.
""" % subj_form(CA, style="RE: "), html=None, cte="quoted-printable", auth=auth_gmail("amazon.com")))

# 25 owner confirms
R_A3 = mid()
add("user_reply", False, CA, [NEW], "Owner's confirmation: both accounts theirs, keep Account #1. Top-posted over the full closing notice.",
    build(ME_FROM_P, addr("AWS Training and Certification", FORM), subj_form(CA), d(4, 10, 21, 33), msgid=R_A3, irt=CLOSE_A, refs=[ACK_A, CONF_A, CLOSE_A],
          text="""Hi Mariana,

Sorry for the slow answer. Both profiles are mine. Please keep Account #1 (kenta.mori.dev@gmail.com, AWS09152384) and merge Account #2 into it.

Kenta

On Thu, Apr 10, 2025 at 11:15 AM AWS Training and Certification <%s> wrote:
%s
""" % (FORM, quote("""Hello Kenta,

I'm following up on the account details I sent on April 7. I haven't received your answer yet, so I can't proceed with the merge.

If there is no response by April 13, this case will be closed automatically.""")), cte="8bit"))

# 26 automatic "reply received"
RCV_A = sfdc_mid()
add("acknowledgement", False, CA, [], "Automatic notice that the owner's reply was added to case A; says the case is back in the queue. Asks nothing.",
    build(FORM_FROM, P_TO, subj_form(CA), d(4, 10, 12, 34, UTC), msgid=RCV_A, irt=R_A3, refs=[CLOSE_A, R_A3], reply_to=FORM,
          text="""This is an automated message.

We've added your latest message to case %s and returned the case to the agent handling it. There's no need to write again - you'll receive the next update by email.

AWS Training and Certification Customer Support
""" % CA, cte="7bit", cs="us-ascii", extra=["Auto-Submitted: auto-generated"], auth=auth_gmail("amazon.com")))

# 27 colleague forwards his old 10-digit case
COLL_F = mid("hoshizora-sys.co.jp")
add("unrelated", False, None, ["AWS07730461"], "A colleague forwards his own 2021 T&C case (10-digit number) asking the owner for advice; not the owner's case, so case null. Quoted confirmation request inside a forward.",
    build(addr("Ryo Sato", "r.sato@hoshizora-sys.co.jp"), C_TO, "Fwd: RE:[CASE 8157302946] [AWS Training and Certification Form Submission] - account-assistance", d(4, 11, 10, 2),
          text="""森さん

森さんも認定アカウントの統合やってると聞いたので。僕も2021年に一度やっていて、そのときのメールを転送します。
今の僕のIDは AWS07730461 です。個人アドレス側に寄せるとき何か注意点ありますか？

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Jun 8, 2021 at 4:40 AM
Subject: RE:[CASE 8157302946] [AWS Training and Certification Form Submission] - account-assistance
To: <r.sato@hoshizora-sys.co.jp>

Hello Ryo,
Can you confirm which of the following accounts you would like to keep?
Account #1: AWS07730461 / r.sato@hoshizora-sys.co.jp
Account #2: AWS02281190 / ryo.sato.1987@example.ne.jp
Thank you,
AWS Training and Certification
""", cte="base64", auth=auth_o365("hoshizora-sys.co.jp")))

# 28 resolved A, quoting the confirmation request
DONE_A = sfdc_mid()
add("resolved", False, CA, [], "Resolution of case A (merge done), with the earlier confirmation request quoted underneath and a conditional 'if you have other questions' line.",
    build(FORM_FROM2, P_TO, subj_form(CA), d(4, 11, 4, 40, UTC), msgid=DONE_A, irt=R_A3, refs=[ACK_A, CONF_A, CLOSE_A, R_A3], reply_to=FORM,
          text="""Hi Kenta,

Thanks for confirming. Account #2 has now been folded into Account #1: your exam history, both certifications and the 50%% exam benefit are all on the profile that signs in with kenta.mori.dev@gmail.com. The old profile is deactivated.

Badges on Credly can take up to 48 hours to appear under the new address. Should anything look off after that, just reply here; otherwise there's nothing more for you to do and this case is now resolved.

Mariana G.
AWS Training and Certification

-----Original Message-----
From: Kenta Mori <kenta.mori.dev@gmail.com>
Sent: 10 April 2025 12:33
Subject: Re: %s

Both profiles are mine. Please keep Account #1 (kenta.mori.dev@gmail.com, AWS09152384) and merge Account #2 into it.

-----Original Message-----
From: AWS Training and Certification
Sent: 07 April 2025 02:09

Let me know that both profiles are yours and which one should remain - I'll start as soon as I hear back.
""" % subj_form(CA), cte="quoted-printable", auth=auth_gmail("amazon.com")))

# 29 owner replies to colleague
add("user_reply", False, None, [], "Owner's advice to a colleague (company address) describing the merge steps, including 'confirm which account to keep' - owner's own text, no case.",
    build(ME_FROM_C, addr("Ryo Sato", "r.sato@hoshizora-sys.co.jp"), "Re: Fwd: RE:[CASE 8157302946] [AWS Training and Certification Form Submission] - account-assistance", d(4, 11, 13, 47),
          irt=COLL_F, refs=[COLL_F],
          text="""佐藤さん

ちょうど今日統合が終わりました。注意点は2つです。
1. フォームは一回だけ出す（僕は二回出してケースが2つになりました）
2. 会社がAPNパートナーなので、最初に退職日を聞かれます。返信はケースを開いたアドレスから。

あとはサポートから「どっちのアカウントを残すか確認して」と来るので、返信すれば1日以内に終わります。

森

2025年4月11日(金) 10:02 Ryo Sato <r.sato@hoshizora-sys.co.jp>:
> 森さんも認定アカウントの統合やってると聞いたので。
> 今の僕のIDは AWS07730461 です。
""", cte="8bit"))

# 30 Credly badge
add("badge", False, None, [], "Credly: badges now associated with the personal address after the merge.",
    build(addr("Credly", "admin@credly.com"), P_TO, "Amazon Web Services Training and Certification has issued you 2 badges", d(4, 11, 15, 3),
          html="""<html><body style="font-family:Helvetica">
<p>Hi Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> issued you new badges:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned/badge/6f3c0a1e-3b8d-4b7a-9c11-2f9e8d1a5b40">Accept your badges</a> to share them on LinkedIn.</p>
<p style="font-size:11px;color:#888">Credly, 1 Penn Plaza, New York, NY</p></body></html>""",
          text="""Hi Kenta,

Amazon Web Services Training and Certification issued you new badges:
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Accept your badges: https://www.credly.com/earner/earned/badge/6f3c0a1e-3b8d-4b7a-9c11-2f9e8d1a5b40
""", cte="quoted-printable", auth=auth_gmail("credly.com")))

# 31 survey A
add("survey", False, CA, [], "Satisfaction survey for case A ('how did we do'); asks for a rating, not a reply.",
    build(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), P_TO, "How did we do? Your case %s" % CA, d(4, 12, 1, 0, UTC),
          html="""<html><body><p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification was resolved. Could you spare a minute to rate the help you received?</p>
<table><tr>%s</tr></table>
<p>Your answers go straight to the team and help us improve. This survey closes in 14 days.</p>
</body></html>""" % (CA, "".join('<td><a href="https://survey.aws-tc.amazon.com/s?c=%s&r=%d">%d</a></td>' % (CA, i, i) for i in range(1, 6))),
          cte="quoted-printable", msgid=ses_mid(), auth=auth_gmail("amazon.com")))

# 32 Credly lookalike with dmarc fail
add("suspicious", False, None, [], "Claims to be Credly from admin@credly.com but DKIM/SPF/DMARC fail and the link goes to a lookalike domain.",
    build(addr("Credly", "admin@credly.com"), P_TO, "Action needed: your AWS badges will be revoked", d(4, 12, 19, 22),
          text="""Hello Kenta,

Due to your recent account merge, your AWS badges are pending revocation. Sign in within 48 hours to keep them:

https://credly-badges.net/claim?u=kenta.mori.dev

Credly Support
""", cte="7bit", cs="us-ascii", auth=auth_gmail("credly.com", ok=False, dkim=False, spf=False)))

# 33 cert expiry
add("certification", False, None, [NEW], "CertMetrics expiry reminder for the developer cert; mentions recertify, candidate ID in footer.",
    build(addr("AWS Certification", "do-not-reply@certmetrics.com"), P_TO, "Your AWS Certified Developer - Associate expires in 90 days", d(4, 14, 3, 0, UTC),
          text="""Hello Kenta Mori,

Your AWS Certified Developer - Associate certification expires on July 13, 2025. To keep it active, pass the current version of the exam or a higher-level exam before that date.

Check your status: https://www.aws.training/Certification

Candidate ID: AWS09152384
This is an automated message; replies are not monitored.
""", cte="7bit", cs="us-ascii", auth=auth_gmail("certmetrics.com")))

# ---------------- case C: console case
ACK_C = ses_mid()
add("acknowledgement", False, CC, [], "Console 'New Support case' acknowledgement (no-reply-aws@amazon.com), 11-digit case ID; footer says the address can't take mail.",
    build(CONSOLE_FROM, P_TO, "Amazon Web Services: New Support case: %s" % CC, d(4, 15, 0, 52, UTC), msgid=ACK_C,
          text=("""Dear Customer,

We have opened case %s to address your issue. The details of your case are below.

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged (case %s) the 50%% discount benefit is not listed under Benefits on my account.

You will receive an e-mail when we respond to your case.
""" % (CC, CC, CA)) + CONSOLE_FOOT % CC, cte="quoted-printable", auth=auth_gmail("amazon.com")))

INFO_C = ses_mid()
INFO_C_TEXT = """Hello,

Thank you for contacting AWS Support. My name is Oluwaseun and I'm reviewing the missing certification benefit.

The benefits engine shows the 50%% voucher as already redeemed in February. To tell whether this is a sync issue from the merge or a real redemption, I need two details:

1. The exam you sat (or scheduled) in February 2025, if any, and the Pearson VUE registration ID
2. A screenshot of the Benefits page as you see it now

Please add these through the Support Center link below - replies to this e-mail do not reach us.

Best regards,
Oluwaseun A.
Amazon Web Services
"""
add("info_request", True, CC, [], "Console case asks for exam details and a screenshot to be added in the Support Center (cannot be answered by e-mail) - still needs a reply.",
    build(CONSOLE_FROM, P_TO, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CC, d(4, 15, 7, 31, UTC), msgid=INFO_C,
          irt=ACK_C, refs=[ACK_C], text=(INFO_C_TEXT % ()) + CONSOLE_FOOT % CC, cte="quoted-printable",
          html=("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in (INFO_C_TEXT % ()).split("\n\n")) +
                "<hr><p style='font-size:11px'>" + (CONSOLE_FOOT % CC).replace("\n", "<br>") + "</p></body></html>"),
          auth=auth_gmail("amazon.com")))

R_C = mid()
add("user_reply", False, CC, [], "Owner answers the console case by e-mail to the no-reply address (which will bounce).",
    build(ME_FROM_P, CONSOLE_FROM, "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CC, d(4, 15, 19, 10), msgid=R_C,
          irt=INFO_C, refs=[ACK_C, INFO_C],
          text="""Hello Oluwaseun,

I did not take any exam in February. The only booking I have is SAP-C02 on May 17 (registration 482915730), made without a voucher. Screenshot attached in my next mail if needed.

Kenta

On Tue, Apr 15, 2025 at 4:31 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
%s
""" % quote(INFO_C_TEXT % ()), cte="quoted-printable"))

add("unrelated", False, CC, [], "Bounce (delivery failure) of the owner's e-mail to no-reply-aws; system mail about case C, not support speaking. Contains the quoted request.",
    build(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), P_TO, "Delivery Status Notification (Failure)", d(4, 15, 19, 11),
          text="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE %s] 50%% exam discount missing after certification account merge

I did not take any exam in February. The only booking I have is SAP-C02 on May 17 (registration 482915730), made without a voucher.
""" % CC, cte="7bit", cs="us-ascii", extra=["Auto-Submitted: auto-replied"]))

# ---------------- case D: name correction, Japanese
ACK_D = sfdc_mid()
ACK_D_TEXT = """森 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にて承りました。

内容を確認のうえ、担当者より順次ご連絡いたします（通常24時間以内）。
本件について別途フォームを送信いただく必要はございません。

■お問い合わせ内容
認定証に印字される氏名が「MOURI KENTA」となっています。正しくは「MORI KENTA」です。修正をお願いします。
候補ID: AWS09152384

AWS トレーニングと認定 カスタマーサポート
""" % CD
add("acknowledgement", False, CD, [NEW], "Japanese acknowledgement of case D (name on certificate) with echoed form including candidate ID; base64 UTF-8.",
    build(FORM_FROM, P_TO, subj_form(CD, topic="certification", style=""), d(4, 16, 22, 14), msgid=ACK_D, reply_to=FORM,
          text=ACK_D_TEXT, cte="base64", auth=auth_gmail("amazon.com")))

INFO_D = sfdc_mid()
INFO_D_TEXT = """森 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

氏名の修正につきまして、ご本人様確認のため、以下の2点をご返信いただけますでしょうか。

・政府発行の身分証明書に記載されているとおりのローマ字氏名
・認定試験を受験された際にご提示いただいた身分証明書の種類（パスポート、運転免許証など）

いただいた情報は本件の確認にのみ使用いたします。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CD, [], "Japanese keigo information request (いただけますでしょうか) in Shift_JIS HTML+text, for ID details.",
    build(FORM_FROM2, P_TO, subj_form(CD, topic="certification"), d(4, 17, 15, 3), msgid=INFO_D, irt=ACK_D, refs=[ACK_D], reply_to=FORM,
          text=INFO_D_TEXT, html="<html><body><div>" + INFO_D_TEXT.replace("\n", "<br>\n") + "</div></body></html>",
          cs="shift_jis", cte="base64", hcs="utf-8", auth=auth_gmail("amazon.com")))

add("unrelated", False, None, [], "Out-of-office auto-reply from a colleague (English/Japanese) - auto mail, 'I will reply when I'm back'.",
    build(addr("Aya Yamamoto", "a.yamamoto@hoshizora-sys.co.jp"), C_TO, "自動応答: 送別会のご案内（4/24）", d(4, 18, 9, 1),
          text="""4月18日〜4月21日は休暇のため不在にしております。戻り次第ご返信いたします。
I am out of the office until April 21 and will reply when I return.
""", cte="base64", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

R_D1 = mid()
add("user_reply", False, CD, [NEW], "Owner's Japanese reply on case D with the 「…より:」 quote header; own text includes the candidate ID.",
    build(ME_FROM_P, addr("AWS Training and Certification", FORM), subj_form(CD, topic="certification"), d(4, 18, 20, 45), msgid=R_D1,
          irt=INFO_D, refs=[ACK_D, INFO_D],
          text="""高橋様

ご連絡ありがとうございます。
・ローマ字氏名: KENTA MORI（パスポート表記）
・受験時の身分証明書: パスポート
候補IDは AWS09152384 です。

よろしくお願いいたします。
森 健太

2025年4月17日(木) 15:03 AWS Training and Certification <%s>:
%s
""" % (FORM, quote(INFO_D_TEXT)), cte="base64"))

INFO_D2 = sfdc_mid()
add("info_request", True, CD, [], "English follow-up on the Japanese case: 'we need you to' + question buried after an explanation, no 'please'.",
    build(FORM_FROM2, P_TO, subj_form(CD, topic="certification", style="RE: "), d(4, 21, 3, 12, UTC), msgid=INFO_D2, irt=R_D1, refs=[ACK_D, INFO_D, R_D1], reply_to=FORM,
          text="""Hello Kenta,

I'm James from the certification records team; Takahashi-san passed your case to me. Thank you for the passport details.

Our records system prints the family name first on certificates issued in Japan unless the candidate asks otherwise. Before I change the record we need you to tell us the order you want on the certificate and in Credly: "MORI KENTA" (family name first) or "KENTA MORI" (given name first)? Whichever you choose will also be used for future exam appointments, so it has to match your passport.

James W.
AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

R_D2 = mid()
add("user_reply", False, CD, [], "Owner's short bottom-posted answer with interleaved quote.",
    build(ME_FROM_P, addr("AWS Training and Certification", FORM), subj_form(CD, topic="certification", style="RE: "), d(4, 21, 21, 2), msgid=R_D2,
          irt=INFO_D2, refs=[ACK_D, INFO_D, R_D1, INFO_D2],
          text="""James,

> "MORI KENTA" (family name first) or "KENTA MORI" (given name first)?

KENTA MORI please, given name first, same as the passport.

Thanks,
Kenta
""", cte="7bit", cs="us-ascii"))

# C closing notice (console)
CLOSE_C = ses_mid()
add("closing_notice", True, CC, [], "Console case: auto-resolve warning because no answer arrived in the Support Center (the owner's e-mail bounced).",
    build(CONSOLE_FROM, P_TO, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CC, d(4, 19, 0, 5, UTC), msgid=CLOSE_C,
          irt=INFO_C, refs=[ACK_C, INFO_C],
          text=("""Hello,

We haven't received a response to our last message on this case. If we don't hear from you, the case will be resolved automatically in 3 days. To keep it open, reply to the case in the Support Center.

Best regards,
Amazon Web Services
""") + CONSOLE_FOOT % CC, cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

# colleague in English, last-day checklist
CHK = mid("hoshizora-sys.co.jp")
add("unrelated", False, None, [], "Colleague's (HR) last-day checklist: 'please confirm', 'merge your certification account' - requests, but not from support.",
    build(addr("Hoshizora HR", "hr@hoshizora-sys.co.jp"), C_TO, "Your last day checklist (Apr 25)", d(4, 21, 10, 0), msgid=CHK,
          text="""Hi Kenta,

A few things before Friday:
- Return your laptop and badge to the IT desk
- If your AWS Certification account uses your company e-mail, move it to a personal address before your mailbox is closed; the company partner profile will be updated automatically
- Please confirm by reply that your handover document is in the shared drive

Thanks,
HR team
""", cte="7bit", cs="us-ascii", auth=auth_o365("hoshizora-sys.co.jp")))

add("user_reply", False, None, [], "Owner replies to HR from the company address: mentions the AWS merge is already done; own mail, no case.",
    build(ME_FROM_C, addr("Hoshizora HR", "hr@hoshizora-sys.co.jp"), "RE: Your last day checklist (Apr 25)", d(4, 21, 11, 20), irt=CHK, refs=[CHK],
          text="""Hi,

Confirmed - the handover document is in Shared/Ops/handover_mori.docx. My AWS Certification account was already merged to my personal address on April 11.

Kenta

From: Hoshizora HR <hr@hoshizora-sys.co.jp>
Sent: Monday, April 21, 2025 10:00 AM
To: 森 健太 <k.mori@hoshizora-sys.co.jp>
Subject: Your last day checklist (Apr 25)

Hi Kenta,
A few things before Friday:
""", cte="quoted-printable", crlf=True))

# D case_update
UPD_D = sfdc_mid()
add("case_update", False, CD, [], "Case D: record change submitted, takes 3-5 business days; 'no action needed' - still not done.",
    build(FORM_FROM2, P_TO, subj_form(CD, topic="certification"), d(4, 22, 1, 40, UTC), msgid=UPD_D, irt=R_D2, refs=[ACK_D, INFO_D2, R_D2], reply_to=FORM,
          text="""Hi Kenta,

Thanks. I've submitted the change to KENTA MORI. The records team applies these in batches, so it can take 3 to 5 business days before the new name shows on your certificates and on Credly. No action is needed from you in the meantime; I'll write again once it's live.

James W.
AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

# C resolved with feedback footer
DONE_C = ses_mid()
add("resolved", False, CC, [], "Console case resolved: voucher re-issued; ends with a 'rate this correspondence' feedback footer and a console link (not a survey, not a request).",
    build(CONSOLE_FROM, P_TO, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CC, d(4, 22, 6, 18, UTC), msgid=DONE_C,
          irt=CLOSE_C, refs=[ACK_C, INFO_C, CLOSE_C],
          html="""<html><body>
<p>Hello Kenta,</p>
<p>Thanks for the details you added in the Support Center. The February redemption was recorded against your old profile during the merge in error. I've voided it and issued a fresh 50%% discount benefit on your current account; it is visible under <b>Benefits</b> and is valid until September 30, 2025.</p>
<p>I've set this case to resolved.</p>
<p>Best regards,<br>Oluwaseun A.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">Was this response helpful? Let us know by rating it: <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:11px">To see all of the correspondence for this case, go to <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en">the AWS Support Center</a>. This e-mail address cannot accept incoming e-mails.</p>
</body></html>""" % (CC, CC), cte="quoted-printable", auth=auth_gmail("amazon.com")))

# Amazon.co.jp shipping
add("unrelated", False, None, [], "Amazon.co.jp retail shipping notice in Japanese (amazon domain, not AWS).",
    build(addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), P_TO, "Amazon.co.jpでのご注文の商品を発送しました", d(4, 23, 8, 3),
          html="""<html><body><p>森 健太 様</p><p>ご注文の商品を発送しました。お届け予定: 4月24日（木）</p>
<table border="1"><tr><td>注文番号</td><td>250-4417720-9152384</td></tr><tr><td>商品</td><td>AWS認定ソリューションアーキテクト プロフェッショナル 問題集</td></tr></table>
<p>配送状況は注文履歴からご確認いただけます。</p></body></html>""", cte="base64", auth=auth_gmail("amazon.co.jp")))

# C survey
add("survey", False, CC, [], "Console-case customer satisfaction survey from AWS Support for case C.",
    build(addr("AWS Support", "aws-support-survey@amazon.com"), P_TO, "Tell us about your recent AWS Support experience (Case %s)" % CC, d(4, 23, 2, 0, UTC),
          text="""Hello,

We'd like to hear about your experience with case %s. The survey has three questions and takes less than a minute.

https://amazonwebservices.qualtrics.com/jfe/form/SV_support?case=%s

Thank you,
AWS Support
""" % (CC, CC), cte="7bit", cs="us-ascii", msgid=ses_mid(), auth=auth_gmail("amazon.com")))

# JP phishing
add("suspicious", False, None, [], "Japanese phishing on a lookalike domain imitating a merge confirmation request, with a case-like number.",
    build(addr("AWS トレーニングと認定", "aws-training@amazon-certsupport.com"), P_TO, "【重要】AWS認定アカウント統合のご確認（ケース 174540218800777）", d(4, 24, 7, 45),
          html="""<html><body><p>お客様各位</p>
<p>AWS認定アカウントの統合申請を受け付けました。統合を完了するため、24時間以内に下記リンクよりサインインし、統合先アカウントをご確認ください。</p>
<p><a href="http://amazon-certsupport.com/merge/confirm">統合を確認する</a></p>
<p>ご確認いただけない場合、保有資格はすべて失効いたします。</p>
<p>AWS トレーニングと認定</p></body></html>""", cte="base64", auth=auth_gmail("amazon-certsupport.com")))

# D resolved JP with conditional invitation
DONE_D = sfdc_mid()
add("resolved", False, CD, [], "Japanese resolution of case D with a conditional invitation (〜がございましたら、本メールにご返信ください) - no reply needed. ISO-2022-JP.",
    build(addr("AWS Training and Certification", FORM), P_TO, subj_form(CD, topic="certification"), d(4, 25, 16, 20), msgid=DONE_D, irt=UPD_D,
          refs=[ACK_D, INFO_D, R_D1, INFO_D2, R_D2, UPD_D], reply_to=FORM,
          text="""森 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

認定アカウントの氏名を「KENTA MORI」に変更する作業が完了いたしました。
認定証は新しい氏名で再発行済みで、認定アカウントの「認定」ページからダウンロードいただけます。Credly の表示も順次更新されます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

高橋
AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit", auth=auth_gmail("amazon.com")))

# owner's company mailbox farewell (sent)
add("user_reply", False, None, [], "Owner's farewell mail to colleagues from the company address (Bcc'd to self), mentions new personal address.",
    build(ME_FROM_C, addr("", "all-staff@hoshizora-sys.co.jp"), "退職のご挨拶", d(4, 25, 17, 30), cc=ME_P,
          text="""皆様

本日をもって退職いたします。4年間大変お世話になりました。
今後の連絡先: kenta.mori.dev@gmail.com

森 健太
""", cs="iso-2022-jp", cte="7bit"))

# D survey (JP)
add("survey", False, CD, [], "Japanese satisfaction survey for case D (アンケート), multipart.",
    build(addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), P_TO, "サポートに関するアンケートのお願い（ケース %s）" % CD, d(4, 26, 10, 0),
          text="""森 健太 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、1分ほどのアンケートにご協力いただけますと幸いです。

https://survey.aws-tc.amazon.com/s?c=%s&lang=ja
""" % (CD, CD), html="""<html><body><p>森 健太 様</p><p>ケース %s の対応についてのアンケートにご協力ください。</p>
<p><a href="https://survey.aws-tc.amazon.com/s?c=%s&lang=ja">アンケートに回答する</a></p></body></html>""" % (CD, CD),
          cte="quoted-printable", msgid=ses_mid(), auth=auth_gmail("amazon.com")))

# Credly digest
add("badge", False, None, [], "Credly notification that the name on badges was updated.",
    build(addr("Credly", "admin@credly.com"), P_TO, "Your badge earner name has been updated", d(4, 27, 3, 15, UTC),
          text="""Hi KENTA MORI,

Amazon Web Services Training and Certification updated the earner name on 2 of your badges. No action is needed; your public badge pages already show the new name.

Credly
""", cte="7bit", cs="us-ascii", auth=auth_gmail("credly.com")))

# Educate form case (other AWS program)
EDU = sfdc_mid()
add("unrelated", False, None, [], "Other AWS program's form case (AWS Educate) asking a question - same shape as T&C mail but a different program; no reply needed for casewatch (case null).",
    build(addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), P_TO, "RE:[CASE 174580022100345] [AWS Educate Form Submission] - educator-application", d(4, 28, 1, 10, UTC), msgid=EDU,
          text="""Hello Kenta,

Thanks for applying as an AWS Educate volunteer educator. Could you tell us which school or community group you plan to teach with, and the expected number of learners?

AWS Educate Support
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

# console billing case (not T&C)
add("unrelated", False, None, [], "AWS Support console case about billing (account/billing, not Training and Certification); asks a question but is outside the T&C case set (case null).",
    build(CONSOLE_FROM, P_TO, "RE:[CASE 174590301200612] Unexpected NAT Gateway charges", d(4, 29, 5, 44, UTC), msgid=ses_mid(),
          text=("""Hello,

I looked at account 318204775619 and the charges come from a NAT Gateway in ap-northeast-1 created on April 2. Could you confirm whether it is still needed? If not, deleting it will stop further charges.

Best regards,
Hannah L.
Amazon Web Services Billing and Accounts
""") + CONSOLE_FOOT % "174590301200612", cte="quoted-printable", auth=auth_gmail("amazon.com")))

# new employer welcome (personal)
add("unrelated", False, None, [], "New employer's onboarding mail asking for documents - requests, but not support.",
    build(addr("Kumo Labs People Team", "people@kumolabs.example.com"), P_TO, "Welcome to Kumo Labs - before your first day (May 7)", d(4, 30, 14, 0),
          text="""Hi Kenta,

We're excited to have you on May 7. Please send us a copy of your bank details form and let us know your preferred laptop (Mac or Windows) by May 2.

If you hold AWS Certifications, add them to your profile in our partner portal after your first week so they count toward our partner tier.

People Team, Kumo Labs
""", cte="7bit", cs="us-ascii", auth=auth_gmail("kumolabs.example.com")))

# exam result (certification) - exam booked on the accidental account
add("certification", False, None, [SSO], "Exam result notification (pass) from CertMetrics; candidate ID is the accidental third account - the hint that leads to case E.",
    build(addr("AWS Certification", "do-not-reply@certmetrics.com"), P_TO, "Congratulations! You are now AWS Certified", d(5, 18, 6, 2, UTC),
          html="""<html><body>
<p>Dear Kenta Mori,</p>
<p>Congratulations on passing the <b>AWS Certified Solutions Architect - Professional</b> exam on May 17, 2025. Your digital certificate and badge will be available in your AWS Certification account within five business days.</p>
<p>Candidate ID: AWS11873025<br>Validation number: 7Q2WX9KLM1E4QP3R</p>
<p>Please do not reply to this e-mail.</p></body></html>""", cte="quoted-printable", auth=auth_gmail("certmetrics.com")))

# Pearson VUE survey (not a support case survey)
add("unrelated", False, None, [], "Exam vendor's testing-experience survey: a survey, but not about a support case.",
    build(addr("Pearson VUE", "pearsonvue@email.pearson.com"), P_TO, "How was your testing experience?", d(5, 18, 9, 30),
          text="""Dear Kenta,

Thank you for testing with Pearson VUE on May 17. Please take a short survey about your experience at Pearson Professional Centers-Tokyo Shinjuku.

https://survey.pearsonvue.com/?reg=482915730
""", cte="7bit", cs="us-ascii", auth=auth_gmail("email.pearson.com")))

# ---------------- case E
ACK_E = sfdc_mid()
add("acknowledgement", False, CE, [NEW, SSO], "Acknowledgement of case E (two accounts on the same personal address) with the form echo including two candidate IDs; HTML-only.",
    build(FORM_FROM, P_TO, subj_form(CE, style=""), d(5, 19, 12, 2, UTC), msgid=ACK_E, reply_to=FORM,
          html="""<html><body>
<p>Hello,</p>
<p>We received your message and opened case <b>%s</b>. Our team aims to respond within 24 hours; complex requests can take longer.</p>
<p>Submitting the form again for the same question creates a new case and delays the answer.</p>
<p><b>Your request</b><br>Inquiry type: Certification / Account Merge<br>
My SAP-C02 result went to a second certification account created with the same e-mail. Main account: AWS09152384. Second account: AWS11873025. Please combine them into AWS09152384.</p>
<p>AWS Training and Certification Customer Support</p></body></html>""" % CE, cte="base64", auth=auth_gmail("amazon.com")))

CONF_E = sfdc_mid()
CONF_E_TEXT = """森 健太 様

AWS トレーニングと認定 サポートの中村です。

ご登録のメールアドレス kenta.mori.dev@gmail.com に、以下の2つの認定アカウントが紐づいていることを確認しました。

アカウント1: AWS09152384（作成日 2025/03/29、認定 2件）
アカウント2: AWS11873025（作成日 2025/04/20、認定 1件: SAP-C02）

どちらもご本人様のアカウントであること、またアカウント1へ統合してよいことを、このメールへの返信でご確認ください。
統合後はアカウント2にサインインできなくなります。

中村
"""
add("confirmation_request", True, CE, [NEW, SSO], "Japanese confirmation request in plain 〜ください form, listing two accounts; quoted-printable UTF-8.",
    build(FORM_FROM2, P_TO, subj_form(CE), d(5, 20, 10, 31), msgid=CONF_E, irt=ACK_E, refs=[ACK_E], reply_to=FORM,
          text=CONF_E_TEXT, cte="quoted-printable", auth=auth_gmail("amazon.com")))

add("unrelated", False, None, [], "GitHub issue comment mentioning 'merge accounts' and 'case' at the new job's repo.",
    build(addr("Lena Fischer", "notifications@github.com"), P_TO, "Re: [kumolabs/platform] Merge duplicate IAM Identity Center accounts (Issue #57)", d(5, 21, 16, 40),
          text="""@kmori-dev can you confirm which of the two accounts we should keep? I'd like to close this case before Friday.

--
Reply to this email directly or view it on GitHub:
https://github.com/kumolabs/platform/issues/57#issuecomment-2301884410
You are receiving this because you were assigned.
""", extra=["X-GitHub-Reason: assign", "List-ID: kumolabs/platform <platform.kumolabs.github.com>"],
          msgid="<kumolabs/platform/issues/57/2301884410@github.com>", cte="7bit", cs="us-ascii", auth=auth_gmail("github.com")))

add("unrelated", False, None, [], "English tech newsletter mentioning support cases and certification.",
    build(addr("Cloud Ops Digest", "digest@cloudopsdigest.example.com"), P_TO, "Cloud Ops Digest #88: when to open a support case", d(5, 23, 7, 0),
          html="""<html><body><h1>Cloud Ops Digest #88</h1>
<ul><li>Opening a support case? Put the account ID and region in the first line.</li>
<li>Recertification: the new rules in one table.</li>
<li>Reader question: "My badge disappeared after a merge - what now?"</li></ul>
<p>Reply to this e-mail to suggest a topic.</p></body></html>""", cte="quoted-printable", auth=auth_gmail("cloudopsdigest.example.com")))

CLOSE_E = sfdc_mid()
add("closing_notice", True, CE, [], "Case E was already closed for lack of reply; a reply reopens it. Japanese request quoted under 'On ... wrote'.",
    build(FORM_FROM2, P_TO, subj_form(CE, style="RE: "), d(5, 27, 1, 5, UTC), msgid=CLOSE_E, irt=CONF_E, refs=[ACK_E, CONF_E], reply_to=FORM,
          text="""Hello Kenta,

As we did not hear back after our message of May 20, case %s has now been closed.

Your request is not lost: answering this e-mail will reopen the case with its full history, and we can complete the merge once we have your confirmation.

Regards,
AWS Training and Certification

On Tue, May 20, 2025 at 01:31 AM, AWS Training and Certification wrote:
%s
""" % (CE, quote(CONF_E_TEXT)), cte="base64", auth=auth_gmail("amazon.com")))

R_E = mid()
add("user_reply", False, CE, [NEW], "Owner's Japanese reply reopening case E, Gmail style, top-posted over the closing notice.",
    build(ME_FROM_P, addr("AWS Training and Certification", FORM), subj_form(CE, style="RE: "), d(5, 27, 19, 12), msgid=R_E, irt=CLOSE_E, refs=[ACK_E, CONF_E, CLOSE_E],
          text="""中村様

ご連絡が遅くなり申し訳ありません。
2つともわたしのアカウントです。AWS09152384 への統合をお願いします。

森 健太

2025年5月27日(火) 10:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Hello Kenta,
>
> As we did not hear back after our message of May 20, case %s has now been closed.
""" % CE, cte="quoted-printable"))

REOPEN_E = sfdc_mid()
add("case_update", False, CE, [], "Case E reopened after the owner's reply and assigned to the merge team - news, no question.",
    build(FORM_FROM2, P_TO, subj_form(CE), d(5, 28, 0, 20, UTC), msgid=REOPEN_E, irt=R_E, refs=[ACK_E, CONF_E, CLOSE_E, R_E], reply_to=FORM,
          text="""Hi Kenta,

Thanks, your case is open again and your confirmation is on file. I've handed it to our account operations team to carry out the merge and will update you when they're done.

Kind regards,
Aiko N.
AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

add("unrelated", False, None, [], "AWS re:Post notification: someone answered the owner's question about certification account merges.",
    build(addr("AWS re:Post", "no-reply@repost.aws"), P_TO, "New answer to your question: Exam result went to the wrong certification account", d(5, 28, 11, 0),
          text="""A community member answered your question "Exam result went to the wrong certification account":

"Open a case with Training and Certification and ask them to merge the accounts. Don't open two cases."

View the answer: https://repost.aws/questions/QU3kX9m2/exam-result-went-to-the-wrong-certification-account
""", cte="7bit", cs="us-ascii", msgid=ses_mid(), auth=auth_gmail("repost.aws")))

HOLD_E = sfdc_mid()
add("on_hold", False, CE, [SSO], "Pure hold on case E: the second account came from a former employer's Partner Central SSO and the partner must release it; explicitly nothing needed from the owner.",
    build(FORM_FROM2, P_TO, subj_form(CE), d(5, 29, 6, 55, UTC), msgid=HOLD_E, irt=REOPEN_E, refs=[ACK_E, CONF_E, CLOSE_E, R_E, REOPEN_E], reply_to=FORM,
          text="""Hi Kenta,

Account operations found that AWS11873025 was created through the AWS Partner Central single sign-on of Hoshizora Systems, your former employer, on April 20. Accounts created that way stay attached to the partner until the partner's administrator detaches them.

We've sent the detach request to the partner, and your case is paused until it's processed (typically within five business days). You don't need to do anything; we'll continue as soon as the account is released.

Kind regards,
Aiko N.
AWS Training and Certification
""", cte="quoted-printable", auth=auth_gmail("amazon.com")))

add("unrelated", False, None, [], "Japanese project-tool notification (Backlog-style) at the new job, with 'ご確認ください'.",
    build(addr("Backlog", "no-reply@backlog.example.jp", "iso-2022-jp"), P_TO, "[KUMO-231] 課題にコメントが追加されました", d(5, 30, 15, 22),
          text="""森 健太 さん

[KUMO-231] AWSアカウント統合手順書の作成
田中 さんがコメントしました:
「手順書のドラフトをアップしました。ご確認ください。」

https://kumolabs.backlog.example.jp/view/KUMO-231
""", cs="iso-2022-jp", cte="7bit", auth=auth_gmail("backlog.example.jp")))

DONE_E = sfdc_mid()
add("resolved", False, CE, [NEW], "Case E resolved after the hold; 'no further action is required'; short; quotes nothing.",
    build(FORM_FROM2, P_TO, subj_form(CE), d(6, 3, 2, 48, UTC), msgid=DONE_E, irt=HOLD_E, refs=[ACK_E, CONF_E, R_E, REOPEN_E, HOLD_E], reply_to=FORM,
          text="""Hi Kenta,

The partner released the account and the merge is complete. Your SAP-C02 result and certification now appear on AWS09152384. No further action is required, and the case is closed.

Aiko N.
AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=auth_gmail("amazon.com")))

add("badge", False, None, [], "Credly: new badge (Solutions Architect - Professional) after case E.",
    build(addr("Credly", "admin@credly.com"), P_TO, "You've earned a new badge: AWS Certified Solutions Architect - Professional", d(6, 3, 4, 10, UTC),
          text="""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept it here: https://www.credly.com/badges/0d8b6c57-5ee1-4f0a-a3c2-91e2d7b0f6aa
""", cte="7bit", cs="us-ascii", auth=auth_gmail("credly.com")))

add("certification", False, None, [NEW], "CertMetrics: digital certificate and new benefits available after passing SAP (candidate ID in body).",
    build(addr("AWS Certification", "do-not-reply@certmetrics.com"), P_TO, "Your AWS Certification benefits are ready", d(6, 4, 1, 0, UTC),
          text="""Hello Kenta,

Your AWS Certified Solutions Architect - Professional digital certificate is ready, and new benefits have been added to your account AWS09152384, including a 50% discount on your next exam.

View benefits: https://www.aws.training/Certification/Benefits
""", cte="7bit", cs="us-ascii", auth=auth_gmail("certmetrics.com")))

add("unrelated", False, None, [], "Another vendor's certification renewal reminder (Microsoft) - certification-like but not AWS.",
    build(addr("Microsoft Learn", "learn@email.microsoft.com"), P_TO, "Your Microsoft Certification is ready for renewal", d(6, 5, 9, 0),
          text="""Hi Kenta,

Your Azure Administrator Associate certification can now be renewed for free. Pass the online renewal assessment before July 14, 2025.

Microsoft Learn
""", cte="7bit", cs="us-ascii", auth=auth_gmail("email.microsoft.com")))

# owner forwards case E resolution to new employer's partner admin
add("user_reply", False, CE, [NEW, SSO], "Owner forwards the case-E resolution to the new employer's partner admin: own note on top, forwarded support text is history.",
    build(ME_FROM_P, addr("Lena Fischer", "lena@kumolabs.example.com"), "Fwd: " + subj_form(CE), d(6, 5, 18, 40), irt=DONE_E, refs=[DONE_E],
          text="""Hi Lena,

FYI - my certification accounts are consolidated now, so please link AWS09152384 in the partner portal (not AWS11873025).

Kenta

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Jun 3, 2025 at 11:48 AM
Subject: %s
To: Kenta Mori <kenta.mori.dev@gmail.com>

Hi Kenta,

The partner released the account and the merge is complete. Your SAP-C02 result and certification now appear on AWS09152384. No further action is required, and the case is closed.

Aiko N.
""" % subj_form(CE), cte="8bit"))


# ---------------------------------------------------------------- write
README_HEAD = """me: kenta.mori.dev@gmail.com k.mori@hoshizora-sys.co.jp

# Blind corpus 191 - AWS Training and Certification support-case mail

Mailbox owner: Kenta Mori, personal `kenta.mori.dev@gmail.com` (Gmail; inbound mail carries
`Authentication-Results: mx.google.com`) and company `k.mori@hoshizora-sys.co.jp` (Microsoft 365
style `Authentication-Results`; closed after 2025-04-25). Both mailboxes are merged into one arrival
order (sorted by Date). Mail the owner sent is included where it appears in the mailbox (sent items).
Regenerate with `python3 gen.py`.

## Cases
| case | kind of case | where | story / outcome |
|---|---|---|---|
| 174392018800231 (A, 15 digits) | T&C form, account merge company -> personal | personal | ack -> APN partner hold with a buried question -> owner answers from the company address -> support asks to resend from the case address -> resend -> hold lifted -> HTML confirmation request -> closing notice -> confirmation -> auto "reply added" -> merged -> survey |
| 174399254100118 (B, 15 digits) | duplicate T&C form filed from the company address | company | Japanese ack -> owner forwards it to himself -> closed as duplicate of A |
| 13842290571 (C, 11 digits) | AWS Support Center (console) case: 50% benefit missing after the merge | personal | console ack -> info request that must be answered in the console -> owner replies by e-mail -> bounce -> auto-resolve warning -> resolved (voucher re-issued, rating footer) -> survey |
| 174470332900562 (D, 15 digits) | T&C form, name on certificate (Japanese support) | personal | JP ack -> JP keigo info request (Shift_JIS) -> reply -> English follow-up question -> reply -> update (in progress) -> JP resolution with conditional invitation -> JP survey |
| 174762870500913 (E, 15 digits) | T&C form, second account on the same address (exam booked on it) | personal | HTML ack -> JP confirmation request -> closed for no reply -> owner reply reopens -> reopened update -> partner hold (nothing needed) -> resolved -> Credly badge -> owner forwards resolution |

Numbers that are not cases of this set: 8157302946 (a colleague's 2021 case, forwarded to the owner),
174580022100345 (AWS Educate form case), 174590301200612 (console billing case), fake numbers in phishing.

## Labelling decisions (judgement calls)
1. `case` is filled only for the owner's AWS Training and Certification cases A-E (including the
   owner's own replies/forwards on them, surveys about them, and the bounce of a reply on C). Other
   AWS programs' cases (Educate form, console billing case), other vendors' tickets, a colleague's
   forwarded old case and phishing with invented case numbers get `case: null`.
2. The console billing case and the Educate form case ask the owner a question, but they are not
   Training and Certification cases -> `unrelated`, needs_reply false.
3. The APN hold on case A (msg "on_hold" with a question about the last working day) stays `on_hold`
   but needs_reply is true: the question is real and support waits for it.
4. The second hold (case E) explicitly says nothing is needed -> needs_reply false.
5. The "reply from the case address" message (case A) is `info_request`, needs_reply true, although
   it arrives in the company mailbox and the owner must answer from the other address.
6. Console case C info request and closing notice: needs_reply true even though the answer must go
   through the Support Center, not e-mail.
7. Case E "has now been closed" notice: `closing_notice` (a reply reopens it), needs_reply true.
8. Resolutions with "if anything looks off, reply here" / 「ご不明な点がございましたら」 and the
   console resolution with a rating footer: `resolved`, needs_reply false.
9. The console resolution's star-rating footer does not make it a survey; separate survey mails are `survey`.
   The Pearson VUE testing-experience survey is `unrelated` (not about a support case). The
   CertMetrics "wants to hear from you" questionnaire is `certification` (program mail, not a case survey).
10. The automatic "your reply was added to the case" mail is `acknowledgement`.
11. The duplicate-case closure (B) is `case_update` (duplicate closed/linked), case = B.
12. The bounce of the owner's e-mail to no-reply-aws is `unrelated` (system mail) but case = C.
13. Candidate IDs: acknowledgements that echo the submitted form count the echoed IDs as the
    message's own text. IDs in quoted history (">" lines, "-----Original Message-----", Outlook
    "From:/Sent:" blocks, 「…より/:」 quotes, forwarded blocks) are not listed. In the colleague's forward,
    only the ID he types himself is listed.
14. A Credly-looking mail from admin@credly.com with dkim/spf/dmarc=fail is `suspicious`; a lookalike
    phishing mail with passing auth on its own domain is still `suspicious`.
15. Mail the owner sends outside any case (note to self, advice to a colleague, HR reply, farewell
    mail) is `user_reply` with case null.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""

if __name__ == "__main__":
    from email.parser import BytesParser
    from email.utils import parsedate_to_datetime
    for m in MSGS:
        h = BytesParser().parsebytes(m["raw"], headersonly=True)
        m["dt"] = parsedate_to_datetime(h["Date"])
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["dt"], i))
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    cnt = collections.Counter()
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        with open(os.path.join(HERE, "%03d-msg.eml" % n), "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, "%03d-msg.json" % n), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        cnt[m["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n\nCounts: " + ", ".join("%s %d" % kv for kv in sorted(cnt.items())) +
                 "; needs_reply true: %d of %d.\n" % (sum(m["needs_reply"] for m in MSGS), len(MSGS)))
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply %d" % (len(MSGS), sum(m["needs_reply"] for m in MSGS)))
