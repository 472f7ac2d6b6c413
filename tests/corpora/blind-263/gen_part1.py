from gen_lib import *

# 001 GitHub "merged" notification (company mailbox)
d = dt("2025-05-12 00:14:09")
h = std('"Kaito Morimoto" <notifications@github.com>', "tsubame/infra-modules <infra-modules@noreply.github.com>",
        "Re: [tsubame/infra-modules] Merge IAM account module into shared baseline (PR #212)", d,
        "<tsubame/infra-modules/pull/212/issue_event/17730218841@github.com>",
        cc="Yuki Sakuraba <%s>, Review requested <review_requested@noreply.github.com>" % ME_C,
        irt="<tsubame/infra-modules/pull/212@github.com>", refs="<tsubame/infra-modules/pull/212@github.com>",
        pre=auth_m365("github.com", ip="192.30.252.201"),
        extra=["Reply-To: tsubame/infra-modules <reply+ABX3KQ7ZUO3LRM2E6QF5Y4F6JXTKDEVBNHHKL4VJ6U@reply.github.com>",
               "List-ID: tsubame/infra-modules <infra-modules.tsubame.github.com>",
               "X-GitHub-Reason: review_requested", "X-GitHub-Sender: kmorimoto", "Precedence: list"])
emit(("unrelated", False, None),
     "GitHub notification 'Merged #212 into main' about an account module: the words merge/merged/account, but a code review, not AWS.",
     h, alt(plain("Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/tsubame/infra-modules/pull/212#event-17730218841\nYou are receiving this because your review was requested.\n", cte="7bit"),
            html('<p>Merged <a href="https://github.com/tsubame/infra-modules/pull/212">#212</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsubame/infra-modules/pull/212#event-17730218841">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>\n', cte="7bit"), "gh1"))

# 002 colleague: farewell party invitation (Japanese, company)
d = dt("2025-05-12 18:40:22", JST)
inv_body = """桜庭さん、チームの皆さん

お疲れさまです。高橋です。

5月末でご退職される桜庭さんの送別会を下記のとおり開催します。

日時：5月29日（木）19:00〜
場所：神田「炉端 ひのき」（駅西口から徒歩3分）
会費：5,000円（桜庭さんは不要です）

お手数ですが、5/20（火）までに出欠をこのメールへの返信でお知らせください。

高橋 美咲
株式会社つばめソリューションズ クラウド推進部
"""
h = std(addr("高橋 美咲", "m.takahashi@tsubame-sol.co.jp"), ME_C, "【ご案内】桜庭さん送別会（5/29）", d,
        mid("farewell-inv", "TYCPR01MB8841.jpnprd01.prod.outlook.com"),
        cc="cloud-team@tsubame-sol.co.jp", pre=auth_m365("tsubame-sol.co.jp", ip="10.21.4.8"),
        extra=["X-MS-Has-Attach: ", "Content-Language: ja-JP", "Thread-Topic: =?utf-8?B?44CQ44GU5qGI5YaF44CR?="])
emit(("unrelated", False, None),
     "Colleague's farewell-party invitation (Japanese) that asks for a reply by a deadline - a real request, but not from AWS support.",
     h, plain(inv_body, cte="base64"))

# 003 owner's reply to the invitation (sent from company address)
d2 = dt("2025-05-12 19:05:51", JST)
rep = """高橋さん

ありがとうございます！出席します。
主役なのに何もしないのも申し訳ないので、何かあれば手伝います。

桜庭

-----Original Message-----
From: 高橋 美咲 <m.takahashi@tsubame-sol.co.jp>
Sent: Monday, May 12, 2025 6:40 PM
To: 桜庭 由希 <y.sakuraba@tsubame-sol.co.jp>
Cc: cloud-team@tsubame-sol.co.jp
Subject: 【ご案内】桜庭さん送別会（5/29）

""" + inv_body
h = std(addr("桜庭 由希", ME_C), addr("高橋 美咲", "m.takahashi@tsubame-sol.co.jp"), "RE: 【ご案内】桜庭さん送別会（5/29）", d2,
        mid("farewell-rep", "TYCPR01MB7702.jpnprd01.prod.outlook.com"),
        irt=mid("farewell-inv", "TYCPR01MB8841.jpnprd01.prod.outlook.com"),
        refs=mid("farewell-inv", "TYCPR01MB8841.jpnprd01.prod.outlook.com"), extra=["Content-Language: ja-JP"])
emit(("user_reply", False, None),
     "Owner's own sent reply to a colleague (Outlook '-----Original Message-----' quoting). Written by the owner, so user_reply even though it has nothing to do with AWS.",
     h, plain(rep, cte="quoted-printable"))

# 004 Builder ID verification code
d = dt("2025-05-13 09:48:10")
code_txt = """Hello,

Thank you for creating your AWS Builder ID. Enter the verification code below on the sign-up page to confirm that this email address belongs to you.

Verification code: 482913

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
h = std('"AWS Builder ID" <no-reply@signin.aws>', ME_P, "Verify your AWS Builder ID email address", d,
        mid("bid-code", "email.amazonses.com"), pre=auth_gmail("signin.aws"))
emit(("unrelated", False, None),
     "Builder ID one-time code (6 digits) sent while the owner prepared the merge; AWS sender, not case mail.",
     h, alt(plain(code_txt, cte="7bit"),
            html("<html><body><p>Hello,</p><p>Thank you for creating your AWS Builder ID. Enter the verification code below on the sign-up page to confirm that this email address belongs to you.</p><p style=\"font-size:28px;font-weight:bold\">482913</p><p>The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.</p></body></html>\n", cte="quoted-printable"), "bid"))

# 005 acknowledgement, case A (personal address was the contact on the form)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
d = dt("2025-05-13 10:02:41")
ack = """Hello,

Thanks for reaching out to AWS Training and Certification. This message confirms that your request reached us: case %s has been created for it.

Here is a copy of what you submitted:

  Inquiry type:        Certification
  Additional details:  Account Merge
  Contact email:       %s
  Candidate ID:        %s
  How can we help you?
    Use case: I am leaving Tsubame Solutions at the end of May and want my
    certification history kept on my personal account.
    All email addresses I have used: %s, %s
    Address to keep on file: %s
    Old account candidate ID: %s

A member of our team normally gets back to you within one business day, although some requests take longer to research. To keep things moving, please don't submit the form again for the same request; simply reply to this email if you want to add something to the case.

Kind regards,
AWS Training and Certification Customer Support
""" % (CASE_A, ME_P, CID_NEW, ME_C, ME_P, ME_P, CID_OLD)
MID_A1 = mid("caseA-ack", "c2-cs.amazon.com")
h = std('"AWS Training and Certification" <%s>' % TC, ME_P, SUBJ_A, d, MID_A1,
        pre=auth_gmail("amazon.com") + received("a48-112.smtp-out.amazonses.com", "mx.google.com", d))
emit(("acknowledgement", False, CASE_A, [CID_NEW, CID_OLD]),
     "Case A opened. Echoes the submitted form (with both candidate IDs, counted as the message's own text - not '>' history). 'Simply reply if you want to add something' is a conditional invitation.",
     h, plain(ack, cte="quoted-printable"))
