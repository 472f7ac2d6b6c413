"""Late April 2025: merge case A opens, duplicate case B, partner hold, wrong-address reply."""
from mk import *  # noqa: F401,F403

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
AUTH_G = lambda: auth_gmail("amazon.com", "01000196@amazonses.com", dkim_dom="amazon.com", selector="224i4yxa5dv7c2xz3womw6peuasteono")  # noqa: E731

# 013 Japanese acknowledgement of case A (utf-8 base64, multipart)
w = d(2025, 4, 28, 10, 12, 9, tz=JST)
txt = """市村 直子 様

AWS トレーニングと認定 カスタマーサービスへお問い合わせいただき、ありがとうございます。

ご依頼の内容をもとに、ケース %s を作成しました。
担当者から通常 24 時間以内にご連絡いたしますが、内容によっては
もう少しお時間を頂戴することがございます。

なお、同じご依頼で新たにフォームを送信されますと別のケースとして
扱われ、かえってご回答が遅くなる場合がございます。あらかじめご了承ください。

■ お問い合わせ内容
------------------------------------------------------------
氏名: Naoko Ichimura
メールアドレス: %s
AWS 候補 ID: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
本文:
Use case: I am leaving my employer (Hoshizora System Integration) in May
and want my certifications on my personal account from now on.
Email addresses I have used: %s, %s
Address to keep: %s
Candidate ID of the old (company) account: %s
(A similar request in 2020 was handled as case %s.)
------------------------------------------------------------

AWS トレーニングと認定
https://aws.amazon.com/training/
""" % (CASE_A, ME_P, CAND_NEW, ME_C, ME_P, ME_P, CAND_OLD, OLD_REF)
html = html_wrap("<div style='white-space:pre-wrap'>%s</div>" % esc(txt), font="'Hiragino Sans', Meiryo, sans-serif")
IDS["A_ack"] = mid_ses(w)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A, date=w,
            text=txt, html=html, enc="b64", mid=IDS["A_ack"], auth=AUTH_G(),
            received=[received_gmail("54.240.48.91", "a48-91.smtp-out.amazonses.com", w)])
add(w, raw, "acknowledgement", False, CASE_A, [CAND_NEW, CAND_OLD],
    "Japanese ack (base64); a polite 'do not file again' request; an old 10-digit case number in the form echo")

# 014 Japanese tech newsletter
w = d(2025, 4, 28, 18, 0, tz=JST)
html = html_wrap("""<h2>今週のトレンド記事</h2><ul>
<li><a href="https://zenn.dev/articles/a1">転職時に AWS 認定アカウントを個人用へ統合した話</a></li>
<li><a href="https://zenn.dev/articles/a2">Terraform の state を安全にマージする手順</a></li>
<li><a href="https://zenn.dev/articles/a3">GitHub Actions で OIDC を使って AWS にデプロイ</a></li></ul>
<p>配信停止は<a href="https://zenn.dev/settings/email">こちら</a>から。</p>""", font="sans-serif")
raw = build(frm=addr("Zenn", "noreply@zenn.dev"), to=ME_P, subject="【Zenn】今週のトレンド: AWS 認定アカウントの統合ほか",
            date=w, html=html, enc="qp", mid=mid_generic("zenn.dev"),
            auth=auth_gmail("zenn.dev", "bounce@zenn.dev", ip="149.72.40.10"))
add(w, raw, "unrelated", False, None, [], "Japanese newsletter whose headline is about certification account merging")

# 015 ack of the duplicate case B (company address, different template)
w = d(2025, 4, 29, 9, 3, 45, tz=JST)
txt = """Greetings from AWS Training and Certification!

We've received your message and opened case %s. Our team aims to reply
within 24 hours.

Before writing in again, please check whether you already have an open
case about the same request: each new case is worked on separately and
usually takes longer to resolve.

Summary of your request:
  Email: %s
  Candidate ID: %s
  Category: Certification > Account Merge
  Message: I filed a request yesterday from my personal address but have
  not heard back yet. Please merge my company certification account into
  my personal one (%s). My company mailbox closes mid-May.

Sincerely,
AWS Training and Certification Customer Service
""" % (CASE_B, ME_C, CAND_OLD, ME_P)
IDS["B_ack"] = mid_ses(w)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
            date=w, text=txt, charset="us-ascii", enc="7bit", mid=IDS["B_ack"],
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "acknowledgement", False, CASE_B, [CAND_OLD], "ack of a duplicate form sent from the company address")

# 016 partner hold with a buried question (HTML only), To personal Cc company
w = d(2025, 4, 29, 13, 20, tz=JST)
IDS["A_hold"] = mid_ses(w)
html = html_wrap("""<p>Hello Naoko,</p>
<p>Thank you for your patience while I looked into the two certification accounts on your request.</p>
<p>The account registered to <a href="mailto:%s">%s</a> is currently associated with an AWS Partner Network
organization (Hoshizora System Integration Co., Ltd.). While that association is active, the certifications on it
count toward the partner's standing, and we are not able to move them out on an individual's request alone.</p>
<p>I have therefore placed your request on hold and brought in our partner operations team, who will coordinate
the release with the partner. In my experience this takes a few business days.</p>
<p>One thing on your side would speed this up: are you leaving Hoshizora, and if so, on what date does your
employment end? The partner team will want to have that on record before they contact your company.</p>
<p>Regards,</p>
<p>Marco R.<br>AWS Training and Certification Customer Service</p>
<hr style="border:none;border-top:1px solid #d5dbdb">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>""" % (ME_C, ME_C))
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P, cc=ME_C,
            subject="RE: " + SUBJ_A, date=w, html=html, enc="qp", mid=IDS["A_hold"],
            irt=IDS["A_ack"], refs=IDS["A_ack"], auth=AUTH_G())
add(w, raw, "on_hold", True, CASE_A, [],
    "APN hold, HTML-only; the real question (are you leaving, last day?) sits in the 4th paragraph as a question")

# 017 case B closed as duplicate (company)
w = d(2025, 4, 29, 13, 41, tz=JST)
txt = """Hi Naoko,

I noticed that case %s, opened the day before this one, covers the
same account merge. To keep everything in one place I have linked this
case to it and closed this one.

All further updates will come through case %s. There is nothing you
need to do on this thread.

Thanks,
Sofia
AWS Training and Certification
""" % (CASE_A, CASE_A)
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
            date=w, text=txt, enc="qp", mid=mid_ses(w), irt=IDS["B_ack"], refs=IDS["B_ack"],
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "case_update", False, CASE_B, [],
    "duplicate closed and linked; body names the OTHER case number twice, subject carries this one")

# 018 owner answers the hold from the company address (Outlook, HTML + text)
w = d(2025, 4, 29, 20, 15, tz=JST)
IDS["A_rep1"] = mid_outlook()
txt = """Hi Marco,

Yes, I am resigning. My last working day is 16 May 2025, and this company
mailbox will be switched off that evening.

Thank you for coordinating with the partner team.

Naoko Ichimura

From: AWS Training and Certification <%s>
Sent: Tuesday, April 29, 2025 13:20
To: %s
Cc: %s
Subject: RE: %s

Hello Naoko,
Thank you for your patience while I looked into the two certification accounts on your request.
[...]
""" % (TC, ME_P, ME_C, SUBJ_A)
html = ("<html><body><div style='font-family:Aptos,Calibri,sans-serif;font-size:11pt'>Hi Marco,<br><br>Yes, I am resigning. My last working day is 16 May 2025, and this company mailbox will be switched off that evening.<br><br>Thank you for coordinating with the partner team.<br><br>Naoko Ichimura</div>"
        "<hr style='display:inline-block;width:98%%'><div id='divRplyFwdMsg'><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Tuesday, April 29, 2025 13:20<br><b>To:</b> %s<br><b>Cc:</b> %s<br><b>Subject:</b> RE: %s</div>"
        "<div><p>Hello Naoko,</p><p>Thank you for your patience while I looked into the two certification accounts on your request.</p><p>One thing on your side would speed this up: are you leaving Hoshizora, and if so, on what date does your employment end?</p></div></body></html>"
        % (TC, ME_P, ME_C, SUBJ_A))
raw = build(frm=addr("Ichimura Naoko", ME_C), to=addr("AWS Training and Certification", TC),
            subject="RE: " + SUBJ_A, date=w, text=txt, html=html, enc="qp", mid=IDS["A_rep1"],
            irt=IDS["A_hold"], refs=IDS["A_ack"] + " " + IDS["A_hold"],
            extra=[("Thread-Topic", SUBJ_A), ("Content-Language", "en-US")])
add(w, raw, "user_reply", False, CASE_A, [], "owner's reply from the company address (Outlook, quotes the question)")

# 019 support: write again from the personal address
w = d(2025, 4, 30, 10, 2, tz=JST)
IDS["A_addr"] = mid_ses(w)
TXT_ADDR = """Hi Naoko,

Thanks for letting us know about your last day.

One snag: this case is registered to your personal address, and for the
security of your records we can only take instructions about a merge from
the address that opened the case. Would you mind sending the same answer
again from %s? As soon as it arrives from there, I'll pass it to the
partner team.

Kind regards,
Aisha
AWS Training and Certification Customer Service
""" % ME_P
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_C,
            subject="RE: " + SUBJ_A, date=w, text=TXT_ADDR, enc="qp", mid=IDS["A_addr"],
            irt=IDS["A_rep1"], refs=" ".join([IDS["A_ack"], IDS["A_hold"], IDS["A_rep1"]]),
            auth=auth_m365("amazon.com", "amazonses.com"))
add(w, raw, "info_request", True, CASE_A, [],
    "wrong-address reply: asks to resend from the personal address ('Would you mind...'), sent to the company mailbox")

# 020 AWS billing
w = d(2025, 4, 30, 12, 31, tz=JST)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 4417, is available on the AWS web site. Your account will be
charged the following:

Total: $3.82

Account: [AWS ID 604812774417]
Billing period: April 1 - April 30, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210
"""
raw = build(frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
            subject="Amazon Web Services Billing Statement Available [Account: 604812774417]",
            date=w, text=txt, charset="us-ascii", enc="7bit", mid=mid_ses(w), auth=AUTH_G())
add(w, raw, "unrelated", False, None, [], "AWS billing with a 12-digit account ID")

# 021 owner resends from gmail, '>' quoting
w = d(2025, 4, 30, 21, 9, tz=JST)
IDS["A_rep2"] = mid_gmail()
txt = """Hello Aisha,

Resending from my personal address as requested.

I am leaving Hoshizora System Integration; my last working day is
16 May 2025. Please go ahead with the partner team.

Best regards,
Naoko

On Wed, Apr 30, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote_gt(TXT_ADDR))
raw = build(frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE: " + SUBJ_A, date=w, text=txt,
            enc="qp", mid=IDS["A_rep2"], irt=IDS["A_addr"],
            refs=" ".join([IDS["A_ack"], IDS["A_hold"], IDS["A_rep1"], IDS["A_addr"]]))
add(w, raw, "user_reply", False, CASE_A, [], "owner's Gmail reply quoting the 'Would you mind' request with '>'")

# 022 partner team: still on hold, nothing needed
w = d(2025, 5, 1, 11, 0, tz=JST)
IDS["A_hold2"] = mid_ses(w)
txt = """Hello Naoko,

I'm with the partner operations side and have picked up your case.

I've written to the Partner Central alliance lead at Hoshizora System
Integration and asked them to release your certification record from their
organization. Until they do, the merge can't go ahead, so your case stays
paused for now. We don't need anything further from you at this stage.

If you happen to know who the alliance lead is, a word from you internally
often gets things moving faster, but that is entirely optional.

Best regards,
Lukas
AWS Partner Operations, on behalf of AWS Training and Certification
"""
html = html_wrap("".join("<p>%s</p>" % esc(p).replace("\n", " ") for p in txt.strip().split("\n\n")))
raw = build(frm=addr("AWS Training and Certification", TC), to=ME_P,
            subject="RE: " + SUBJ_A, date=w, text=txt, html=html, enc="qp", mid=IDS["A_hold2"],
            irt=IDS["A_rep2"], refs=" ".join([IDS["A_ack"], IDS["A_hold"], IDS["A_addr"], IDS["A_rep2"]]),
            auth=AUTH_G())
add(w, raw, "on_hold", False, CASE_A, [],
    "hold waiting on the partner; explicitly nothing needed; optional internal nudge is not a reply request")
