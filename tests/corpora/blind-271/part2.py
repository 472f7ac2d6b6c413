from common import *

TCN = name("AWS Training and Certification", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)

# 013 partner hold with a buried question + deadline
hold_text = """Hello Aya,

Thank you for the details you sent with the form.

Before the merge can happen there is one thing to sort out. Your work
profile (%s) is attached to an AWS Partner Network organization,
Kurobane Technologies. While a profile is attached to a partner, its
certifications count toward that partner's standing, so we can't move them
without the partner releasing the record. I sent the release request to the
partner's alliance contact today. That step is on their side and normally
takes three to five business days; I'll keep the case on hold until then.

So that I can add it to the release request: what is your last working day
at Kurobane Technologies? A reply by June 5 lets me pass it on before the
partner reviews the request. Without a date, the case simply stays on hold
until the partner answers on their own.

Best regards,
Marisol
AWS Training and Certification
""" % ID_WORK
add("a-hold", frm=TCN, to=ME_P, date="2025-06-02 09:20:17 +0000", parent="a-ack", subj=SA,
    auth_res=auth(), kind="on_hold", reply=True, case=CASE_A, cands=[ID_WORK],
    text=hold_text, html=html_wrap(paras(hold_text)))

# 014 owner answers from the company address (Outlook)
add("a-u1", frm=me_c(), to=TCN, date="2025-06-02 21:10:33 +0900", parent="a-hold", mid_dom="outlook",
    subj="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC), kind="user_reply", case=CASE_A, crlf=True,
    extra=[("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_TC)),
           ("Thread-Index", "AQHb0xK1c2pWm8TnQ0qR4w3F0aM9Jg=="), ("X-MS-Has-Attach", ""),
           ("Content-Language", "ja-JP")],
    text="""Hi Marisol,

My last working day is Friday, June 13. After that this mailbox will be
closed, so please use my personal address aya.miwa.lab@gmail.com from then on.

Thanks,
Aya Miwa
""" + outlook("AWS Training and Certification <%s>" % TC, "Monday, June 2, 2025 6:20 PM",
              ME_P, SA, hold_text))

# 015 system ack of the reply
add("a-ack2", frm=TCN, to=ME_C, date="2025-06-03 00:15:02 +0000", parent="a-u1",
    subj="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC), auth_res=auth(rcpt="corp"),
    kind="acknowledgement", case=CASE_A, cte="7bit",
    text="""This is an automated message.

We have received your message regarding case %s. It has been added
to the case, and the assigned agent will get back to you, typically within
one business day.

Please don't reply to this notification.

AWS Training and Certification Customer Support
""" % CASE_A)

# 016 write from the address on the case, with a soft deadline
addr_text = """Hello Aya,

Thank you, I've seen the message about June 13. One problem: it came from
a.miwa@kurobane-tech.co.jp, while the contact on this case is
aya.miwa.lab@gmail.com. For account changes we only act on instructions
from the address on the case; otherwise anyone with access to the work
mailbox could redirect your certifications.

Please send me the same information (your last day at Kurobane
Technologies) from aya.miwa.lab@gmail.com, replying to this email. If it
reaches me by June 6 I can still add it to the partner request before their
review.

Best regards,
Marisol
"""
add("a-addr", frm=TCN, to=ME_P, date="2025-06-03 01:02:48 +0000", parent="a-u1", subj=SA,
    auth_res=auth(), kind="info_request", reply=True, case=CASE_A, cte="base64",
    text=addr_text,
    html=html_wrap(paras(addr_text) + '\n<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. '
                   'is a subsidiary of Amazon.com, Inc.</p>'))

# 017 HR opt-out (company, Japanese)
add("hr-fwd", frm=name("人事部 労務グループ", "jinji@kurobane-tech.co.jp"), to=ME_C,
    date="2025-06-03 12:00:40 +0900", mid_dom="kurobane-tech.co.jp", subj="退職後のメールボックスの取り扱いについて",
    auth_res=auth(rcpt="corp", dom="kurobane-tech.co.jp", ip="40.107.74.60", mailfrom="jinji@kurobane-tech.co.jp"),
    kind="unrelated", cte="base64",
    text="""三輪 彩 さん

退職日(6月13日)以降のメールボックスについてご案内します。

6月6日(金)までにお申し出がない場合、退職日の翌日から、届いたメールを上長(佐伯さん)へ
自動転送する設定を行います。転送を希望しない場合のみ、このメールにご返信ください。
私物のメールやファイルは退職日までに削除・移行をお願いします。

人事部 労務グループ
""")

# 018 owner resends from personal (Gmail)
add("a-u2", frm=me_p(), to=TCN, date="2025-06-03 20:45:10 +0900", parent="a-addr", mid_dom="gmail",
    subj="Re: " + SA, kind="user_reply", case=CASE_A,
    text="""Hi Marisol,

Resending from my personal address as you asked: my last working day at
Kurobane Technologies is June 13, 2025.

Best,
Aya

On Tue, Jun 3, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, gq(addr_text)))

# 019 hold continues, support's own dated next step, nothing asked
add("a-hold2", frm=TCN, to=ME_P, date="2025-06-04 01:30:05 +0000", parent="a-u2", subj=SA,
    auth_res=auth(), kind="on_hold", case=CASE_A, cte="7bit",
    text="""Hello Aya,

Thank you, the date is now part of the partner request. The partner has
five business days to respond. I'll check on June 11 and write to you by
the end of that day either way.

There's nothing you need to do in the meantime.

Best regards,
Marisol
AWS Training and Certification
""")

# 020 duplicate closed
add("b-closed", frm=TCN, to=ME_C, date="2025-06-05 00:03:12 +0000", parent="b-dup-plan",
    subj="RE: [CASE %s] %s" % (CASE_B, SUBJ_TC), auth_res=auth(rcpt="corp"),
    kind="case_update", case=CASE_B,
    html=html_wrap("""<p>Hello,</p>
<p>Case <b>%s</b> has been closed as a duplicate. Your request continues under case <b>%s</b>.</p>
<p>No further action is needed on this case.</p>
<p>Ines<br>AWS Training and Certification</p>""" % (CASE_B, CASE_A)))

# 021 billing
add("bill-may", frm=name("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    date="2025-06-05 03:21:00 +0000", subj="Your AWS invoice is available [AWS ID 493817260554]",
    auth_res=auth(), kind="unrelated", cte="7bit",
    text="""Greetings from Amazon Web Services,

Your invoice for the billing period May 1 - May 31, 2025 is available in
the Billing and Cost Management console.

AWS account: 493817260554
Amount due: USD 3.87
Payment due date: June 20, 2025

The amount will be charged to your default payment method on or after the
due date. If the charge fails and is not settled, your account may be
suspended.

Sincerely,
Amazon Web Services
""")

# 022 Builder ID code
add("bid-otp", frm=name("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    date="2025-06-05 11:48:30 +0000", mid_dom="signin.aws", subj="Verify your AWS Builder ID email address",
    auth_res=auth(dom="signin.aws", ip="54.240.48.90", mailfrom="bounce@signin.aws"), kind="unrelated",
    html=html_wrap("""<p>Hello,</p><p>Use this code to finish signing in:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>The code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.</p>"""))

# 023 console case opened
CURL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
FOOT = ("Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
        "To respond to or view this case, please follow the link above.")
add("c-ack", frm=name("Amazon Web Services", CONSOLE), to=ME_P, date="2025-06-06 02:20:41 +0000",
    subj="Amazon Web Services: New Support case: %s" % CASE_C, auth_res=auth(),
    kind="acknowledgement", case=CASE_C, cte="7bit",
    text="""Dear Customer,

We have opened case %s on your behalf.

Case subject: Exam discount voucher not visible on personal certification account
Severity: General guidance
Service: Training and Certification

You will be notified by e-mail when we respond. To view or update this case:
%s

Thank you for using Amazon Web Services.

%s
""" % (CASE_C, CURL, FOOT))

# 024 newsletter (Japanese, HTML)
add("news-212", frm=name("週刊クラウドニュース", "news@cloud-weekly.jp"), to=ME_P,
    date="2025-06-06 08:00:00 +0900", mid_dom="cloud-weekly.jp", subj="週刊クラウドニュース 第212号:Bedrock の新機能まとめ",
    auth_res=auth(dom="cloud-weekly.jp", ip="203.0.113.45", mailfrom="bounce@cloud-weekly.jp"),
    kind="unrelated", html_cte="base64",
    html=html_wrap("""<h2>週刊クラウドニュース 第212号</h2>
<ul><li>Bedrock のナレッジベースが新しいデータソースに対応</li>
<li>AWS 認定:一部試験の日本語版リリース予定</li>
<li>イベント:JAWS-UG 勉強会 6月の開催予定</li></ul>
<p>配信停止は<a href="https://cloud-weekly.jp/unsub">こちら</a>から。</p>""", font="Meiryo, sans-serif"))

# 025 console info request
c_req = """<p>Hello,</p>
<p>My name is Felipe and I work with the AWS Training and Certification team. Your case was passed to us from AWS Support.</p>
<p>To look up the voucher, we need:</p>
<ol><li>the candidate ID of the certification account on which the voucher was earned, and</li>
<li>the exam that earned it, with the approximate date.</li></ol>
<p>Please add this information to the case in the Support Center using the link below. Replies to this e-mail are not received.
If there is no response on the case within 5 days, it will be resolved automatically.</p>
<p>Best regards,<br>Felipe<br>Amazon Web Services</p>
<p>To see the case or reply, go to: <a href="%s">%s</a></p>
<p style="font-size:11px">%s</p>""" % (CURL, CURL, FOOT.replace("\n", " "))
add("c-req", frm=name("Amazon Web Services", CONSOLE), to=ME_P, date="2025-06-07 04:44:12 +0000",
    subj="RE:[CASE %s] Exam discount voucher not visible on personal certification account" % CASE_C,
    auth_res=auth(), kind="info_request", reply=True, case=CASE_C, html=html_wrap(c_req))

# 026 farewell lunch RSVP
add("farewell", frm=name("Kenji Ota", "k.ota@kurobane-tech.co.jp"), to="infra-team@kurobane-tech.co.jp",
    cc=ME_C, date="2025-06-07 10:15:00 +0900", mid_dom="outlook", subj="Farewell lunch for Aya - RSVP by June 10",
    auth_res=auth(rcpt="corp", dom="kurobane-tech.co.jp", ip="40.107.74.51", mailfrom="k.ota@kurobane-tech.co.jp"),
    kind="unrelated", cte="7bit",
    text="""Hi all,

Aya's last day is June 13, so we're doing lunch on Thursday the 12th at
12:00 (Tsukishima monja place, near exit 7). Please reply by June 10 if you
can come so I can book the table. If I don't hear from you I'll assume
you're not joining.

Kenji
""")

# 027 other vendor support, auto-solve timer
add("tsumiki", frm=name("Tsumiki Cloud Support", "support@tsumiki-cloud.zendesk.com"), to=ME_P,
    date="2025-06-08 01:10:00 +0000", mid_dom="tsumiki-cloud.zendesk.com",
    subj="[Tsumiki Cloud] Re: Webhook retries failing after 3 attempts (#48213)",
    auth_res=auth(dom="tsumiki-cloud.zendesk.com", ip="192.161.151.3", mailfrom="support@tsumiki-cloud.zendesk.com"),
    kind="unrelated", reply_to="support+id48213@tsumiki-cloud.zendesk.com",
    text="""##- Please type your reply above this line -##

Daichi (Tsumiki Cloud Support)
Jun 8, 2025, 10:10 JST

Hi Aya,

We deployed the retry fix to your region last night. We'll mark this
request as solved in 3 days unless you reply. If we don't hear back, we'll
assume everything is working again. Replying after that reopens it.

Cheers,
Daichi

[RY8K2Q-0M4L]
""")

# 028 note to self
add("note-c", frm=me_p(), to=ME_P, date="2025-06-09 23:02:10 +0900", mid_dom="gmail",
    subj="todo: voucher case", kind="user_reply", case=CASE_C, cte="7bit",
    text="""- console case %s: answer in Support Center, NOT by email
  (candidate ID of work account + Developer Associate exam, Aug 2022)
- voucher expires 6/30
""" % CASE_C)

# 029 console auto-resolve warning
add("c-warn", frm=name("Amazon Web Services", CONSOLE), to=ME_P, date="2025-06-10 00:01:35 +0000",
    subj="RE:[CASE %s] Exam discount voucher not visible on personal certification account" % CASE_C,
    auth_res=auth(), kind="closing_notice", reply=True, case=CASE_C, cte="7bit",
    text="""Hello,

We have not received a response to our last correspondence on this case.
If no reply is added in the Support Center by June 12, the case will be
resolved automatically. A case that has been resolved for more than 14
days can't be reopened.

%s

%s
""" % (CURL, FOOT))

# 030 hold lifted
add("a-lift", frm=TCN, to=ME_P, date="2025-06-10 01:00:40 +0000", parent="a-hold2", subj=SA,
    auth_res=auth(), kind="case_update", case=CASE_A, cte="7bit",
    text="""Hello Aya,

Good news: Kurobane Technologies has released your certification record
from their partner organization, so the hold is lifted. I'm handing the
case to the merge team, who will write to you shortly with the account
details.

Best regards,
Marisol
""")
