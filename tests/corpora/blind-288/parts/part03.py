# Message definitions, part 3: run by ../gen.py in its own namespace, in file order.

# ============================================================ 017 owner's chaser quoting the earlier ask
d = dt("2025-10-14T08:55:17", JST)
hold2_plain = """Hi Kenta,

Thanks for confirming your leaving date - I've added it to the case.

Partner operations have now contacted the alliance lead listed on Nordlight Systems' partner profile and asked them to remove your certification account from the organization. Until that happens the merge stays on hold. This part is in the partner's hands rather than yours, so there's nothing you need to send us at the moment. I'll write again as soon as the link has been removed.

Best regards,
Daniel R."""
text = """Hi Daniel,

Just checking in - has there been any movement on the partner side? I've also asked our internal partner admin (Ms. Kurosawa) to watch out for the request. I have a little over two weeks left before my company address goes away.

Kenta

%s
%s
>
> %s
>> Yes - I'm resigning from Nordlight Systems. My last working day is
>> October 31, 2025, and the company mailbox will be switched off that
>> evening, so I'd really like this finished before then.
>>
>> %s
>>> One thing would speed this up: are you leaving Nordlight Systems, and
>>> if so, what is your last working day? Partner operations generally need
>>> that before they can ask the partner to release the account.
""" % (gmail_attr(dt("2025-10-08T03:30:40"), TCN, TC), gt(hold2_plain),
   gmail_attr(dt("2025-10-07T09:48:03", JST), ME, P), gmail_attr(dt("2025-10-07T00:15:22"), TCN, TC))
add("c1_u2", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_hold", "c1_u1", "c1_hold2", extra=[form_c1]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Owner's chaser, top-posted over three levels of '>' history that still contain support's question ('are you leaving...?').",
    mid=mid_gmail())

# ============================================================ 018 C1 still on hold
d = dt("2025-10-15T05:02:09")
text = """Hi Kenta,

No change yet, I'm afraid. Partner operations sent the Nordlight Systems alliance lead a reminder yesterday. The case remains on hold until the association is removed on their side - nothing is needed from you in the meantime. I'll let you know the moment I hear back.

Daniel R.
AWS Training and Certification | Customer Support
"""
add("c1_hold3", "on_hold", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE: [CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_hold", "c1_u1", "c1_hold2", "c1_u2", extra=[form_c1]),
    Leaf(text, "plain", "us-ascii", "7bit"),
    "Answer to the owner's chaser: still waiting for the partner; 'RE: [CASE' spacing variant; no question.")

# ============================================================ 019 Atlassian support ticket
d = dt("2025-10-16T02:44:30")
text = """Hi Kenta,

Just following up on PCS-318842 (Bitbucket Cloud: SSO login loop for nordlight-sys workspace).

We're still waiting on the HAR file and the SAML response we asked for on October 9. Could you attach them to the ticket when you get a chance?

If we don't hear back within 5 days, this request will be resolved automatically. You can reopen it any time by replying.

Cheers,
Marisol
Atlassian Support

Reply above this line.
View request: https://support.atlassian.com/requests/PCS-318842
"""
add("atl", "unrelated", False, None, [],
    m365_in(d, "atlassian.net", "18.234.32.150", fromdom="atlassian.com") + [
        ("Date", rdate(d)),
        ("From", addr("Atlassian Support", "jira@getsupport.atlassian.com")),
        ("To", C),
        ("Subject", "[Atlassian Support] PCS-318842 Bitbucket Cloud: SSO login loop - waiting for customer"),
    ],
    alt(text, t2h(text), html_cte="quoted-printable"),
    "Another vendor's support case asking for files and threatening auto-resolution - looks exactly like a request + closing notice, but not AWS.",
    mid=mid_at("getsupport.atlassian.com"))

# ============================================================ 020 C1 hold lifted
d = dt("2025-10-17T00:40:02")
text = """Hello Kenta,

Good news: Nordlight Systems' partner administrator removed your certification account from their organization yesterday, so the hold on your case has been lifted.

I'm handing the case back to our account team to prepare the merge. They will be in touch shortly with the details of both accounts.

Best regards,
Daniel R.
AWS Training and Certification | Customer Support
"""
add("c1_lift", "case_update", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_hold", "c1_u1", "c1_hold2", "c1_u2", "c1_hold3", extra=[form_c1]),
    Leaf(text, "plain", "us-ascii", "7bit"),
    "Hold lifted, case passed on; announces that a request will follow but asks nothing yet.")

# ============================================================ 021 C1 confirmation request (HTML table)
d = dt("2025-10-17T02:20:45")
td = 'style="border:1px solid #aab7b8;padding:6px 10px"'
rows = [("Candidate ID", A_NEW, A_CO), ("Login email", P, C), ("Training notification email", P, C),
        ("Certification notification email", P, C), ("Active certifications", "0", "4"),
        ("Benefits", "none", "50% exam discount")]
trs = "\n".join("<tr><td %s><b>%s</b></td><td %s>%s</td><td %s>%s</td></tr>" % (td, a, td, b, td, c) for a, b, c in rows)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Kenta,</p>
<p>I'm Sofia and I'll be taking care of the merge from here. I found the following two certification accounts:</p>
<table style="border-collapse:collapse">
<tr><th %s></th><th %s>Account #1</th><th %s>Account #2</th></tr>
%s
</table>
<p>When two accounts are merged, the exam history, certifications and benefits of one are moved into the other, and the account that is merged away can no longer be used to sign in. This can't be reversed.</p>
<p>Can you confirm that both accounts belong to you and that <b>Account #1</b> is the one that should remain? As soon as I have your confirmation I'll go ahead.</p>
<p>Kind regards,<br>Sofia M.<br>AWS Training and Certification Customer Support</p>
</div></body></html>""" % (td, td, td, trs)
c1_conf_plain = """Hello Kenta,

I'm Sofia and I'll be taking care of the merge from here. I found the following two certification accounts:

Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Active certifications: 0

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Active certifications: 4 / Benefits: 50%% exam discount

When two accounts are merged, the exam history, certifications and benefits of one are moved into the other, and the account that is merged away can no longer be used to sign in. This can't be reversed.

Can you confirm that both accounts belong to you and that Account #1 is the one that should remain? As soon as I have your confirmation I'll go ahead.

Kind regards,
Sofia M.""" % (A_NEW, P, P, P, A_CO, C, C, C)
add("c1_conf", "confirmation_request", True, C1, [A_NEW, A_CO],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Cc", C),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_lift", extra=[form_c1]),
    Leaf(html, "html", "UTF-8", "base64"),
    "HTML-only, base64, the Account #1 / #2 table with candidate IDs; asks to confirm ownership and which account stays. Sent to both addresses.")

# ============================================================ 022 owner confirms - from the company address (Outlook)
d = dt("2025-10-17T11:52:36", JST)
new = """Hi Sofia,

Yes, both accounts are mine and the details are correct. Please keep Account #1 and fold Account #2 into it.

Best regards,
Kenta Morishita
--
森下 健太 / Kenta Morishita
株式会社ノードライトシステムズ クラウド基盤部
%s""" % C
orig = """-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, October 17, 2025 11:20 AM
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

""" % (TC, P, C, C1, FORM_SUBJ)
text = new + "\n\n" + orig + c1_conf_plain + "\n"
hq = "<br>\n".join(htmlmod.escape(l) for l in (orig + c1_conf_plain).split("\n"))
hnew = "<br>\n".join(htmlmod.escape(l) for l in new.split("\n"))
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="JA" link="#0563C1">'
        '<div class="WordSection1"><p class="MsoNormal"><span lang="EN-US">%s</span></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><p class="MsoNormal">%s</p></div></div></body></html>') % (hnew, hq)
add("c1_u3", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, C)),
        ("To", addr(TCN, TC)),
        ("Subject", "RE: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
        ("Thread-Topic", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
        ("Thread-Index", "AQHcPx" + _b64ish(22) + "=="),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""),
    ] + refs("c1_conf", extra=[form_c1]),
    alt(text, html, cs="ISO-2022-JP", text_cte="7bit", codec="ISO-2022-JP"),
    "Owner's Outlook reply from the COMPANY address (the wrong one for the kept account); ISO-2022-JP text part, '-----Original Message-----' quoting the full table.",
    mid=mid_outlook())

# ============================================================ 023 colleague out-of-office
d = dt("2025-10-17T12:10:03", JST)
text = """黒澤は 10/17(金)〜10/20(月) 不在にしております。
急ぎのご用件は パートナーアライアンス担当 (alliance@nordlight-sys.co.jp) までご連絡ください。

I am out of the office from Oct 17 to Oct 20 with limited access to email.
For urgent partner matters please contact alliance@nordlight-sys.co.jp.
"""
add("ooo", "unrelated", False, None, [],
    m365_in(d.astimezone(UTC), "nordlight-sys.co.jp", "10.20.4.31", fromdom="nordlight-sys.co.jp") + [
        ("Date", rdate(d)),
        ("From", addr("黒澤 彩", "aya.kurosawa@nordlight-sys.co.jp")),
        ("To", addr(ME, C)),
        ("Subject", enc("自動応答: Re: パートナーセントラルの認定アカウント解除の件")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<TYCPR01MB88427C1D2E3F40A9B@TYCPR01MB8842.jpnprd01.prod.outlook.com>"),
        ("References", "<TYCPR01MB88427C1D2E3F40A9B@TYCPR01MB8842.jpnprd01.prod.outlook.com>"),
    ],
    Leaf(text, "plain", "utf-8", "base64"),
    "Colleague's bilingual out-of-office, base64 UTF-8, about the partner release; auto-reply, nothing to answer.",
    mid=mid_outlook())

# ============================================================ 024 C1 wrong address -> write from the kept address
d = dt("2025-10-18T01:05:58")
c1_wrong_text = """Hello Kenta,

Thank you for the quick reply. I'm covering for Sofia today.

Your confirmation reached us from %s. As a security measure we can only act on a merge confirmation that comes from the email address of the account being kept - in your case the address on Account #1, %s. This stops anyone with access to a company mailbox from redirecting someone's certifications.

So that we can continue, we'll need the confirmation again, this time sent from %s as a reply on this case (please leave the case number in the subject line).

Regards,
Tomasz K.
AWS Training and Certification Customer Support""" % (C, P, P)
add("c1_wrong", "info_request", True, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", "%s, %s" % (P, C)),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_conf", "c1_u3", extra=[form_c1]),
    Leaf(c1_wrong_text + "\n", "plain", "UTF-8", "quoted-printable"),
    "Answer came from the wrong address: support asks for the same confirmation to be re-sent from the personal address. Counted as info_request (write from another address) though it is about the merge confirmation.")
