from common import *
import html as _h

ROWS = [("Account #1", ID_NEW, ME_P, "Noriko Hasegawa"), ("Account #2", ID_OLD, ME_C, "Noriko Hasegawa")]
def _tbl():
    s = '<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">'
    for name, cid, mail, nm in ROWS:
        s += '<tr><th colspan="2" style="background:#f2f3f3;text-align:left">%s</th></tr>' % name
        for k, v in (("Candidate ID", cid), ("Name on record", nm), ("Login email", mail),
                     ("Training notification email", mail), ("Certification notification email", mail)):
            s += "<tr><td>%s</td><td>%s</td></tr>" % (k, v)
    return s + "</table>"
H033 = html_page("""<p>Hi Noriko,</p>
<p>Thank you for waiting while the partner connection was removed. My name is Oluwaseun and I'll be taking your merge from here.</p>
<p>I found the two certification accounts below:</p>%s
<p>When two accounts are merged, the exam history, certifications and benefits of Account #2 appear under Account #1, and
Account #2 can no longer be signed in to.</p>
<p>Please check that both accounts are yours and that Account #1 is the one you want to keep. A short reply such as
&ldquo;Yes, merge into Account #1&rdquo; is all I need to go ahead.</p>
<p>Thanks,<br>Oluwaseun A.<br>AWS Training and Certification Customer Support</p>""" % _tbl())
T033_PLAIN = """Hi Noriko,

Thank you for waiting while the partner connection was removed. My name is Oluwaseun and I'll be taking your merge from here.

I found the two certification accounts below:

Account #1
Candidate ID: AWS11290584
Name on record: Noriko Hasegawa
Login email: noriko.hasegawa.79@gmail.com
Training notification email: noriko.hasegawa.79@gmail.com
Certification notification email: noriko.hasegawa.79@gmail.com

Account #2
Candidate ID: AWS04417263
Name on record: Noriko Hasegawa
Login email: n-hasegawa@kitamura-lg.co.jp
Training notification email: n-hasegawa@kitamura-lg.co.jp
Certification notification email: n-hasegawa@kitamura-lg.co.jp

When two accounts are merged, the exam history, certifications and benefits of Account #2 appear under Account #1, and Account #2 can no longer be signed in to.

Please check that both accounts are yours and that Account #1 is the one you want to keep. A short reply such as "Yes, merge into Account #1" is all I need to go ahead.

Thanks,
Oluwaseun A.
AWS Training and Certification Customer Support"""
add("033", ("confirmation_request", True, CA, [ID_NEW, ID_OLD]), TCA, ME_P, "RE:" + SUBJ_A,
    when("2025-04-01 06:30:40", UTC), MID["a_conf"], leaf(H033, "html", cte="quoted-printable"),
    irt=MID["a_lift"], refs=MID["a_lift"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="010001959b40@email.amazonses.com"))])

# 034 Amazon.co.jp shipping notice (not AWS)
H034 = html_page("""<p>長谷川 典子 様</p><p>ご注文いただいた商品を発送しました。</p>
<p>注文番号：249-7712034-5518620<br>商品：ステンレス保温ボトル 500ml（1点）<br>お届け予定：4月3日（木）</p>
<p><a href="https://www.amazon.co.jp/gp/your-account/order-details?orderID=249-7712034-5518620">配送状況を確認</a></p>
<p>Amazon.co.jp</p>""")
add("034", ("unrelated", False, None, []), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました", when("2025-04-02 08:15:33"), ses_mid("m034"),
    leaf(H034, "html", cte="base64"), pre=[("Authentication-Results", gm_auth("amazon.co.jp"))])

# 035 AWS billing statement from the same sender as console cases
T035 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 2253, is
available on the AWS web site. Your account will be charged the following:

Total: $0.87

You can see a complete breakdown of all charges on the Bills page of the Billing and Cost
Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
"""
add("035", ("unrelated", False, None, []), CONSOLE, ME_P,
    "Amazon Web Services Billing Statement Available [Account: 390411872253]", when("2025-04-03 03:12:00", UTC),
    ses_mid("m035"), leaf(T035, cte="7bit", charset="us-ascii"), pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 036 closing notice, quotes the confirmation request (Outlook style)
T036 = """Hello Noriko,

I'm following up on my message of April 1 about merging your certification accounts. I haven't
seen a reply yet, and I want to make sure it didn't get lost.

Your case will stay open for three more business days. If we don't hear from you by then, it will
be closed automatically. Replying to this email, even after the case is closed, reopens it and
brings it straight back to me.

My earlier message is copied below for convenience.

Thanks,
Oluwaseun A.
AWS Training and Certification Customer Support

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, April 1, 2025 6:30 AM
To: %s
Subject: RE:%s

""" % (TC, ME_P, SUBJ_A) + T033_PLAIN
add("036", ("closing_notice", True, CA, []), TCA, ME_P, "RE:" + SUBJ_A, when("2025-04-04 07:00:18", UTC), MID["a_close"],
    alt(T036, html_page(paras(T036)), "----=_Part_31877_9910.1743750018"), irt=MID["a_conf"], refs=MID["a_lift"] + " " + MID["a_conf"],
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000195ff01@email.amazonses.com"))])

# 037 owner confirms, top-posted over the whole history
T037 = """Dear Oluwaseun-san,

I am so sorry for my late reply. My mother was suddenly taken to hospital on April 1 and I
went to Sendai and did not check my email for some days. She is OK now. I was shocked to see
"closed automatically", please do not close my case!

Yes, both accounts are mine. Please merge into Account #1 (AWS11290584), my personal Gmail.
Account #2 was my company account. I left Kitamura Logistics on March 31 as I wrote before.

Thank you very much and sorry again for the trouble.

Noriko Hasegawa

On Fri, Apr 4, 2025 at 4:00 PM AWS Training and Certification <%s> wrote:
""" % TC + quote(T036)
add("037", ("user_reply", False, CA, [ID_NEW]), ME, TCA, "Re: RE:" + SUBJ_A, when("2025-04-05 23:10:05"), MID["a_rep3"],
    alt(T037, html_page(paras(T037)), "0000000000005e7a2b0632118c01"), irt=MID["a_close"],
    refs=" ".join([MID["a_lift"], MID["a_conf"], MID["a_close"]]))

# 038 owner's nervous follow-up ten minutes later
T038 = """Sorry, one more thing that I forgot.

The AI Practitioner exam that I passed on March 15 is on the old account (Account #2). Will it
also move to Account #1? And the 50%% voucher too? I am sorry for many questions. I just do not
want to lose anything because I studied very hard.

Noriko

On Sat, Apr 5, 2025 at 11:10 PM Noriko Hasegawa <%s> wrote:
""" % ME_P + quote(T037.split("\n\nOn Fri")[0])
add("038", ("user_reply", False, CA, []), ME, TCA, "Re: RE:" + SUBJ_A, when("2025-04-05 23:24:47"), MID["a_rep4"],
    leaf(T038, cte="quoted-printable", fmt="flowed"), irt=MID["a_rep3"],
    refs=" ".join([MID["a_conf"], MID["a_close"], MID["a_rep3"]]))

# 039 second confirmation request: a third profile found (plain, base64)
T039 = """Hello Noriko,

Thank you for confirming, and I'm glad to hear your mother is doing better. I'm Kenta, and I'll
finish your merge.

Your AI Practitioner certification and the 50% voucher are both stored on Account #2, so they
move across together with everything else. You won't lose any of it.

While preparing the merge I noticed one more certification profile registered to your Gmail
address: candidate ID AWS00862135, created in 2019, with no exams or benefits on it. It may have
been made years ago when you signed in with an Amazon shopping account.

Is that profile yours as well, and shall I fold it into Account #1 along with Account #2? I've
prepared everything and will run the merge as soon as I hear back from you.

Best,
Kenta S.
AWS Training and Certification Customer Support
"""
add("039", ("confirmation_request", True, CA, [ID_3]), TCA, ME_P, "RE:" + SUBJ_A, when("2025-04-06 01:05:51", UTC),
    MID["a_conf2"], leaf(T039, cte="base64"), irt=MID["a_rep4"], refs=" ".join([MID["a_conf"], MID["a_rep3"], MID["a_rep4"]]),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="0100019605c3@email.amazonses.com"))])

# 040 owner confirms the third profile
T040 = """Kenta-san,

Thank you for the kind words about my mother.

Oh, I did not know about that one! I think I made it in 2019 when I watched a free video
course about "cloud" for my work. Yes, AWS00862135 is mine. Please merge it into Account #1 too.

Thank you so much,
Noriko Hasegawa

2025年4月6日(日) 10:05 AWS Training and Certification <%s>:
""" % TC + quote(T039, ">")
add("040", ("user_reply", False, CA, [ID_3]), ME, TCA, "Re: RE:" + SUBJ_A, when("2025-04-06 10:31:22"), MID["a_rep5"],
    alt(T040, html_page(paras(T040)), "000000000000aa10c10632207b77", cte="base64"), irt=MID["a_conf2"],
    refs=" ".join([MID["a_conf"], MID["a_rep4"], MID["a_conf2"]]))

# 041 resolved: merged, quotes the confirmation request underneath
T041 = """Hello Noriko,

All done! I have merged AWS00862135 and AWS04417263 into your account AWS11290584.

When you sign in with your personal Builder ID, you should now see your full exam history, both
certifications (Cloud Practitioner and AI Practitioner) and the 50% exam voucher. Credly can
take up to 24 hours to show the badges under your personal address.

There is nothing else you need to do. If something looks missing after a day, simply reply to
this email and the case will reopen.

Best,
Kenta S.
AWS Training and Certification Customer Support

On 2025-04-06 10:31 JST, Noriko Hasegawa wrote:
""" + quote(T040.split("\n\n2025")[0]) + "\n>\n" + quote(quote(T039, ">"), ">")
add("041", ("resolved", False, CA, [ID_3, ID_OLD, ID_NEW]), TCA, ME_P, "RE:" + SUBJ_A, when("2025-04-06 03:50:16", UTC),
    MID["a_done"], alt(T041, html_page(paras(T041)), "----=_Part_52001_1177.1743911416", cte="base64"),
    irt=MID["a_rep5"], refs=" ".join([MID["a_conf2"], MID["a_rep5"]]),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="010001960679@email.amazonses.com"))])
