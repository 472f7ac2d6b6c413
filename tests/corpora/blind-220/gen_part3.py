# Part 3: 16-21 May 2025 -- confirmation in an HTML layout table, spoof, closing notice,
# wrong-address confirmation, pending exam question after a long explanation.
from gen_lib import *

CO = ME_COMPANY
P = ME_PERSONAL
TCF = addr("AWS Training and Certification", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)

# ---------------------------------------------------------------- A5 confirmation request, HTML-only layout tables
dtA5 = T("2025-05-16 02:48:19", 0)
row = '<tr><td style="padding:6px 10px;border-bottom:1px solid #e9ebed;color:#5f6b7a">%s</td><td style="padding:6px 10px;border-bottom:1px solid #e9ebed">%s</td><td style="padding:6px 10px;border-bottom:1px solid #e9ebed">%s</td></tr>\n'
rows = "".join(row % r for r in [
    ("Candidate ID", CAND_NEW, CAND_OLD),
    ("Login email", P, CO),
    ("Training notification email", P, CO),
    ("Certification notification email", P, CO),
    ("Active certifications", "&mdash;", "AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate"),
    ("Benefits", "&mdash;", "50% exam discount voucher"),
    ("After the merge", "<b>kept</b>", "merged into Account #1 and closed"),
])
htm = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td align="center">
 <table width="640" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#16191f">
  <tr><td style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:16px">AWS Training and Certification</td>
      <td style="background:#232f3e;padding:14px 20px;color:#d1d5db;font-size:12px" align="right">Case %s</td></tr>
  <tr><td colspan="2" style="padding:20px">
   <p>Hi Mizuki,</p>
   <p>This is Daniel from the Certification team. The records check on your two accounts is finished and
   nothing blocks the merge any more. Below is what we found on each account and what the merge will do.</p>
   <table width="100%%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d5dbdb;font-size:13px">
    <tr style="background:#f2f8fd"><th align="left" style="padding:6px 10px"></th><th align="left" style="padding:6px 10px">Account #1</th><th align="left" style="padding:6px 10px">Account #2</th></tr>
%s   </table>
  </td></tr>
  <tr><td colspan="2" style="padding:0 20px 20px 20px">
   <table width="100%%" cellpadding="12" cellspacing="0" border="0" role="presentation"><tr>
    <td width="6" style="background:#ff9900"></td>
    <td style="background:#fff8e6;font-size:14px"><b>Before I go ahead</b><br>
     Reply to this e-mail to confirm that all four addresses above are yours and that Account #1 is the one
     you want to keep. If any line is wrong, tell me which one instead.</td>
   </tr></table>
  </td></tr>
  <tr><td colspan="2" style="padding:0 20px 20px 20px;font-size:14px">Thanks,<br>Daniel K.<br>AWS Training and Certification</td></tr>
  <tr><td colspan="2" style="padding:12px 20px;background:#fafafa;color:#8d99a8;font-size:11px">
   Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
   This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
 </table>
</td></tr></table>
</body></html>
""" % (CASE_A, rows)
add(dt=dtA5, frm=TCF, to=P, subject=SUBJ_A, body=html(htm, "utf-8", "quoted-printable"),
    kind="confirmation_request", reply=True, case=CASE_A, cands=[CAND_NEW, CAND_OLD], key="A5",
    mid_domain="email.amazonses.com", mid_style="ses", irt="A4", refs=["A1", "A2", "A3", "A4"],
    extra=ses_extra(), **amazon_in(P, dtA5),
    what="Case A: Account #1/#2 summary, confirm before merge", hard="HTML-only nested layout tables; the ask sits in a highlighted cell after a data table; no 'please'")

# ---------------------------------------------------------------- spoof with dmarc=fail on amazon.com
dt = T("2025-05-16 09:13:40", 0)
fake_case = "174735120500219"
txt = """Dear Candidate,

We are processing the account merge you requested. To protect your certifications, the
account that will be kept must be re-verified within 24 hours, otherwise both accounts
will be locked and your certifications will be suspended.

Verify now: https://aws-training-certification.verify-merge.com/signin?case=%s

After signing in, reply to this message with the one-time code you receive so that we
can complete the merge.

AWS Training and Certification
""" % fake_case
host = "mail.verify-merge.com"
add(dt=dt, frm=addr("AWS Training and Certification", TC_FORM), to=P,
    subject="RE:[CASE %s] Action required: verify account before merge" % fake_case,
    body=plain(txt, "us-ascii", "7bit"), kind="suspicious", reply=False, key="spoof-dmarc",
    mid_domain="verify-merge.com",
    received=rcv_gmail(host, "185.234.72.19", dt),
    auth=auth_gmail("amazon.com", dkim="pass", dkim_d="verify-merge.com", spf="pass", dmarc="fail", mailfrom="bounce@verify-merge.com", policy="QUARANTINE", ip="185.234.72.19"),
    what="Spoofed T&C sender, DMARC fail, fake case number", hard="real From address and [CASE] subject; asks to reply with a code; only Authentication-Results gives it away")

# ---------------------------------------------------------------- 05-17 Qiita newsletter (HTML-only)
dt = T("2025-05-17 08:00:03", 9)
htm = """<html><body style="font-family:sans-serif"><table width="600" align="center" cellpadding="8">
<tr><td style="background:#55c500;color:#fff;font-size:18px">Qiita 週間トレンド</td></tr>
<tr><td><ol>
<li><a href="https://qiita.com/items/1">転職したら最初にやる AWS 認定アカウントの移行手順 2025 年版</a> (LGTM 812)</li>
<li><a href="https://qiita.com/items/2">Bedrock で社内 FAQ ボットを 30 分で作る</a> (LGTM 640)</li>
<li><a href="https://qiita.com/items/3">Rust で書く CLI、エラーハンドリングの作法</a> (LGTM 522)</li>
</ol>
<p style="font-size:11px;color:#999">配信停止は<a href="https://qiita.com/settings/notifications">こちら</a>から。このメールへの返信はできません。</p>
</td></tr></table></body></html>"""
add(dt=dt, frm=addr("Qiita", "noreply@qiita.com"), to=P, subject="今週のトレンド記事: AWS 認定アカウントの移行手順 ほか",
    body=html(htm, "utf-8", "base64"), kind="unrelated", reply=False, key="qiita", mid_domain="qiita.com",
    **other_in(P, dt, "o7.mail.qiita.com", "149.72.120.33", "qiita.com"),
    what="Qiita weekly digest (HTML-only)", hard="article title about moving AWS certification accounts")

# ---------------------------------------------------------------- 05-19 AWS marketing (Japanese)
dt = T("2025-05-19 01:30:00", 0)
htm = """<html><body><table width="600" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit2025.png" alt="AWS Summit Japan 2025"></td></tr>
<tr><td><p>荒川 瑞希 様</p>
<p>AWS Summit Japan 2025 (6月25日・26日 幕張メッセ) の事前登録が始まりました。AWS 認定保有者向けラウンジでは、
認定者限定のノベルティをご用意しています。会場で認定バッジ (Credly) をご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは配信専用アドレスから送信されています。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/UnsubscribePage.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p></td></tr></table></body></html>"""
add(dt=dt, frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=P,
    subject="【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジのご案内",
    body=html(htm, "utf-8", "quoted-printable"), kind="unrelated", reply=False, key="summit", mid_domain="mktomail.com",
    **other_in(P, dt, "mail-190-12.mktomail.com", "199.15.212.12", "amazon.com", mailfrom="112-TZM-766.0.4411.0@mktomail.com"),
    what="AWS marketing: Summit registration", hard="real AWS sender, mentions certification and Credly badge")

# ---------------------------------------------------------------- A6 closing notice
dtA6 = T("2025-05-20 03:00:12", 0)
txt = """Hello,

We wrote to you on 16 May 2025 about case %s and have not received a response yet.

This case will be closed automatically if we do not hear from you within 3 business days.
Responding to this e-mail keeps the case open. If it has already closed, a reply within
14 days will reopen it.

Sincerely,
AWS Training and Certification Customer Service
""" % CASE_A
add(dt=dtA6, frm=TCF, to=P, subject=SUBJ_A, body=plain(txt, "us-ascii", "7bit"),
    kind="closing_notice", reply=True, case=CASE_A, key="A6", mid_domain="email.amazonses.com", mid_style="ses",
    irt="A5", refs=["A1", "A4", "A5"], extra=ses_extra(), **amazon_in(P, dtA6),
    what="Case A: will close in 3 business days without a reply", hard="no question at all; the need to reply is implied by the closing threat")

# ---------------------------------------------------------------- A7 my confirmation, sent from the wrong address
dtA7 = T("2025-05-20 22:15:40", 9)
txt = """Hi Daniel,

Sorry for the slow answer, it has been a busy week. Yes, all four addresses are mine and
Account #1 (%s) is the one to keep. Please go ahead and fold Account #2 into it.

Best regards,
Mizuki Arakawa

On Fri, May 16, 2025 at 11:48 AM AWS Training and Certification <%s> wrote:
> Hi Mizuki,
>
> This is Daniel from the Certification team. The records check on your two accounts is
> finished and nothing blocks the merge any more.
>
>                     Account #1                     Account #2
> Candidate ID        %s                    %s
> Login email         %s   %s
>
> Before I go ahead
> Reply to this e-mail to confirm that all four addresses above are yours and that
> Account #1 is the one you want to keep.
""" % (CAND_NEW, TC_FORM, CAND_NEW, CAND_OLD, P, CO)
add(dt=dtA7, frm=addr(ME_NAME, CO), to=TCF, subject="Re: " + SUBJ_A, body=plain(txt, "utf-8", "quoted-printable"),
    kind="user_reply", reply=False, case=CASE_A, cands=[CAND_NEW], key="A7", mid_domain="mail.gmail.com", mid_style="gmail",
    irt="A6", refs=["A1", "A4", "A5", "A6"],
    what="My confirmation, sent by Gmail from the company alias", hard="from the company address; quoted table with both candidate IDs (only the new one is in my text)")

# ---------------------------------------------------------------- A7b write from the other address
dtA7b = T("2025-05-21 00:40:03", 0)
txt = """Hi Mizuki,

Thank you, that is clear. There is one snag: your confirmation arrived from
%s, which is the login of Account #2 -- the account that goes away in the
merge. Our policy is that the go-ahead has to come from the account that stays, so that
nobody can pull certifications into an account they control just by writing from an old
work address.

The same short confirmation sent from %s will do; there's no need to repeat
the details. As soon as it arrives I will carry out the merge.

Thanks,
Daniel K.
AWS Training and Certification

-----Original Message-----
From: Mizuki Arakawa <%s>
Sent: Tuesday, May 20, 2025 1:15 PM
To: AWS Training and Certification <%s>
Subject: Re: %s

Hi Daniel,

Sorry for the slow answer, it has been a busy week. Yes, all four addresses are mine and
Account #1 (%s) is the one to keep. Please go ahead and fold Account #2 into it.
""" % (CO, P, CO, TC_FORM, SUBJ_A, CAND_NEW)
add(dt=dtA7b, frm=TCF, to=CO, subject=SUBJ_A, body=plain(txt, "utf-8", "quoted-printable"),
    kind="info_request", reply=True, case=CASE_A, key="A7b", mid_domain="email.amazonses.com", mid_style="ses",
    irt="A7", refs=["A1", "A5", "A6", "A7"], extra=ses_extra(), **amazon_in(CO, dtA7b),
    what="Case A: send the go-ahead from the personal address", hard="sent to the company mailbox; the ask is a declarative 'the same confirmation sent from X will do'; quoted history contains my confirmation")

# ---------------------------------------------------------------- A7c my confirmation from the personal address
dtA7c = T("2025-05-21 10:05:11", 9)
txt = """Confirming from my personal address as requested: all addresses are mine, keep Account #1
and merge Account #2 into it.

Mizuki

On Wed, May 21, 2025 at 9:40 AM AWS Training and Certification <%s> wrote:
> Hi Mizuki,
>
> Thank you, that is clear. There is one snag: your confirmation arrived from
> %s, which is the login of Account #2 [...]
>
> The same short confirmation sent from %s will do; there's no need to repeat
> the details.
""" % (TC_FORM, CO, P)
add(dt=dtA7c, frm=addr(ME_NAME, P), to=TCF, subject="Re: " + SUBJ_A, body=plain(txt, "utf-8", "7bit"),
    kind="user_reply", reply=False, case=CASE_A, key="A7c", mid_domain="mail.gmail.com", mid_style="gmail",
    irt="A7b", refs=["A1", "A5", "A7", "A7b"],
    what="My confirmation again, from the personal address", hard="short; quotes the request")

# ---------------------------------------------------------------- A8 open exam registration, question after a long explanation
dtA8 = T("2025-05-21 04:26:50", 0)
txt = """Hi Mizuki,

Thanks, the confirmation from your personal address is here and I have started the merge.
I stopped at the last step because of something I should have mentioned earlier.

Account #2 (%s) has an open exam registration:

    AWS Certified Solutions Architect - Associate (SAA-C03)
    Pearson VUE registration 421907556
    Saturday 14 June 2025, 10:00 JST, OnVUE online proctored

Registrations live with the account that made them. When an account is closed in a merge,
the exam delivery system cancels whatever is still open on it; the fee then goes back to
the card that paid for it, usually within 5-7 business days, and the cancellation does not
count against your retake or rescheduling limits. The alternative is for us to ask Pearson
VUE to move the registration to Account #1 first. That keeps the date, but Pearson handles
these moves by hand, it takes 2-3 business days, and the merge waits until they have done it.

Your SAA certification expires on 18 July 2025, so either way there is time to sit the exam
before it lapses. Your 50%% voucher is unaffected: it moves to Account #1 with the merge and
can be used for a new booking.

Shall I let the registration be cancelled and finish the merge today, or would you rather
keep the 14 June appointment and wait a few days for Pearson?

Daniel K.
AWS Training and Certification
""" % CAND_OLD
add(dt=dtA8, frm=TCF, to=P, subject=SUBJ_A, body=plain(txt, "utf-8", "quoted-printable"),
    kind="info_request", reply=True, case=CASE_A, cands=[CAND_OLD], key="A8", mid_domain="email.amazonses.com", mid_style="ses",
    irt="A7c", refs=["A1", "A5", "A7", "A7b", "A7c"], extra=ses_extra(), **amazon_in(P, dtA8),
    what="Case A: open exam registration, cancel or move?", hard="the only question comes after four paragraphs of explanation; no 'please'; 9-digit Pearson ID")

# ---------------------------------------------------------------- A9 my answer
dtA9 = T("2025-05-21 14:02:33", 9)
txt = """Hi Daniel,

Let it be cancelled and finish the merge, I'll book again from Account #1 with the voucher.

Mizuki
"""
htm = """<div dir="ltr">Hi Daniel,<br><br>Let it be cancelled and finish the merge, I'll book again from Account #1 with the voucher.<br><br>Mizuki</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, May 21, 2025 at 1:26 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Mizuki,<br><br>Thanks, the confirmation from your personal address is here and I have started the merge.<br>[...]<br>Shall I let the registration be cancelled and finish the merge today, or would you rather keep the 14 June appointment and wait a few days for Pearson?</blockquote></div>""" % TC_FORM
add(dt=dtA9, frm=addr(ME_NAME, P), to=TCF, subject="Re: " + SUBJ_A, body=alt(txt, htm, "000000000000e1a93b0635b7c0d2"),
    kind="user_reply", reply=False, case=CASE_A, key="A9", mid_domain="mail.gmail.com", mid_style="gmail",
    irt="A8", refs=["A1", "A5", "A7b", "A7c", "A8"],
    what="My answer: cancel the registration", hard="plain part has no quote, HTML part quotes the question")
