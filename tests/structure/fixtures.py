"""Short fictional transcripts (NovaSky Technology / 星穹科技, invented people), one per format."""

# Simplified Chinese: news intro, call header, title, zh roster, 操作员, names alone on their lines,
# 问答环节 header, `A – Name`, 公司代表, IR moderation, an announced analyst missing from the roster,
# a thank-you follow-up, and closing remarks.
ZH_ROSTER_CALL = """\
星穹科技周四公布季度业绩,云服务收入同比增长31%,带动股价盘后上涨6%。
公司首席执行官林志远在电话会上表示,未来两年将把算力投入提高一倍。
分析人士认为,海外业务的亏损收窄是本季度最大的亮点。
以下为电话会实录:
星穹科技(NASDAQ:NSKY)2025年第二季度财报电话会议
公司参与者
陈佳 - 投资者关系总监
林志远 - 首席执行官
周晓雯 - 首席财务官
电话会议参与者
Sarah Lee - 高盛
王磊 - 中金公司
操作员
女士们,先生们,欢迎参加星穹科技2025年第二季度财报电话会议。现在我把会议交给投资者关系总监陈佳。
陈佳
谢谢。今天与我一同出席的有首席执行官林志远和首席财务官周晓雯。
林志远
大家好。本季度我们的总收入达到120亿元,同比增长9%。
云服务继续是增长最快的业务,收入同比增长31%。
周晓雯
谢谢志远。本季度经营利润率提升至14%,自由现金流为18亿元。
问答环节
操作员
谢谢。您的第一个问题来自高盛的Sarah Lee,请提问。
Sarah Lee
谢谢管理层。请问云服务的增长能否在下半年保持?
林志远
我们预计下半年云服务仍将保持30%左右的增长。
A – 周晓雯
补充一点,云服务的利润率也在逐季改善。
陈佳
下一个问题,请。
操作员
下一位提问的是来自中金公司的王磊。
王磊
我想了解一下海外业务的亏损情况。
公司代表
海外业务的亏损环比收窄了四成,我们预计明年实现盈亏平衡。
操作员
您的下一个问题来自摩根大通的David Chen。
David Chen
感谢。请问明年的资本开支计划是多少?
周晓雯
我们预计明年资本开支在150亿元左右。
David Chen
谢谢。
陈佳
今天的电话会议到此结束,感谢大家的参与。
操作员
会议到此结束,您现在可以挂断电话。
"""

# Traditional Chinese: news intro, `Name:` alone on its line, `主持人:`, anonymous `問:` questions.
ZH_HANT_ANON = """\
星穹科技第二季度營收增長9%,雲服務收入創下新高。
管理層在電話會上表示,將持續加大對人工智能基礎設施的投入。
以下為電話會文字實錄
主持人:
歡迎參加星穹科技2025年第二季度業績電話會。
林志遠:
各位好。本季度雲服務收入同比增長31%,經營利潤率提升至14%。
周曉雯:
本季度自由現金流為18億元。
主持人:
現在進入問答環節。
問:
請問雲服務的增長動力來自哪里?
林志遠:
主要來自企業客戶對模型訓練的需求。
問:
海外業務何時盈利?
周曉雯:
我們預計明年實現盈虧平衡。
林志遠:
我補充一點,海外市場的用戶增長也很快。
主持人:
謝謝。本次會議到此結束。
"""

# Simplified Chinese, inline labels with full-width colons: `Name：text`, `主持人：`, `问：` / `答：`.
ZH_INLINE = """\
主持人：各位投资者晚上好，欢迎参加星穹科技业绩交流会。
林志远：谢谢主持人。本季度公司收入同比增长9%。
周晓雯：本季度毛利率为41%。
主持人：下面进入提问环节。
问：请问明年的分红政策会有变化吗？
答：我们会维持不低于净利润30%的分红比例。
问：云服务的价格竞争是否加剧？
林志远：价格竞争确实存在，但我们更关注客户留存。
"""

# Traditional Chinese `操作員` and inline `Name:` with ASCII colons, no roster.
ZH_HANT_OPERATOR = """\
操作員
各位好,歡迎參加星穹科技業績電話會議。
林志遠: 感謝各位參加。本季度雲服務收入增長31%。
操作員
第一個問題來自瑞銀的張偉。
張偉: 請問明年的利潤率目標是多少?
周曉雯: 我們的目標是經營利潤率達到16%。
"""

# English, Seeking Alpha style: title line, Company/Conference Call Participants rosters,
# `Operator`, names alone, `Question-and-Answer Session`, operator announcements with firms.
EN_SEEKING_ALPHA = """\
NovaSky Technology Inc. (NSKY) Q2 2025 Earnings Conference Call August 14, 2025 8:00 AM ET
Company Participants
Laura Chen - Chief Executive Officer
Mark Davis - Chief Financial Officer
Jenna Ortiz - Head of Investor Relations
Conference Call Participants
Priya Raman - Morgan Stanley
Tom Becker - Goldman Sachs
Operator
Good morning, and welcome to the NovaSky Technology second quarter 2025 earnings call. I would now like to turn the call over to Jenna Ortiz, Head of Investor Relations.
Jenna Ortiz
Thank you, operator. With me today are Laura Chen, our CEO, and Mark Davis, our CFO.
Laura Chen
Thanks, Jenna. Revenue grew 9% year over year to $1.2 billion, and cloud revenue grew 31%.
Mark Davis
Operating margin expanded to 14%, and free cash flow was $180 million.
Question-and-Answer Session
Operator
Thank you. [Operator Instructions] Our first question comes from the line of Priya Raman with Morgan Stanley. Please go ahead.
Priya Raman
Thanks for taking my question. How sustainable is the cloud growth in the second half?
Laura Chen
We expect cloud to keep growing around 30% through the end of the year.
Priya Raman
Thank you.
Operator
Your next question comes from Tom Becker from Goldman Sachs.
Tom Becker
What is your capital expenditure plan for next year?
Mark Davis
We expect capital expenditure of about $1.5 billion.
Laura Chen
And most of that will go to new data centers.
Jenna Ortiz
Operator, we'll take the next question.
Operator
Your next question comes from Nina Patel with Barclays.
Nina Patel
Can you talk about pricing in the enterprise segment?
Laura Chen
Pricing has been stable, and renewals were above 95%.
Operator
This concludes today's conference call. Thank you for participating. You may now disconnect.
"""

# English, older vendor style with `Q – Name` / `A – Name` (en dashes) and no roster.
EN_QA_DASH = """\
Operator
Good day and welcome to the NovaSky Technology earnings call.
Laura Chen
Thank you. We delivered another quarter of double-digit cloud growth.
Question-and-Answer Session
Operator
[Operator Instructions] We'll go first to Priya Raman of Morgan Stanley.
Q – Priya Raman
Could you break down the growth between new and existing customers?
A – Laura Chen
About two thirds came from existing customers expanding their usage.
A – Mark Davis
New customers contributed the remaining third.
Q – Priya Raman
And how should we think about gross margin?
A - Mark Davis
We expect gross margin to stay between 40% and 42%.
Operator
That concludes our question-and-answer session.
"""

# English, `Name -- Title` / `Name -- Firm -- Analyst` header lines, `Prepared Remarks:` and
# `Questions & Answers:` headers, a `Call participants:` roster at the end.
EN_DOUBLE_DASH = """\
NovaSky Technology (NSKY) Q2 2025 Earnings Call Transcript
Prepared Remarks:
Operator
Good morning, and welcome to the NovaSky Technology conference call.
Laura Chen -- Chief Executive Officer
Thank you, operator. Cloud revenue grew 31% this quarter.
Mark Davis -- Chief Financial Officer
Free cash flow was $180 million.
Questions & Answers:
Operator
Our first question comes from Priya Raman with Morgan Stanley.
Priya Raman -- Morgan Stanley -- Analyst
How much of the growth came from AI workloads?
Laura Chen -- Chief Executive Officer
Roughly half of the new cloud revenue came from AI workloads.
Operator
That concludes today's call.
Duration: 45 minutes
Call participants:
Laura Chen -- Chief Executive Officer
Mark Davis -- Chief Financial Officer
Priya Raman -- Morgan Stanley -- Analyst
"""

# English, StreetEvents style: bulleted rosters with a detail line, rule lines, `Presentation` and
# `Questions and Answers` headers, `Name, Firm - Title [n]` speaker headers.
EN_STREETEVENTS = """\
NovaSky Technology Inc Q2 2025 Earnings Call
================================================================================
Corporate Participants
================================================================================
 * Laura Chen
   NovaSky Technology Inc - CEO
 * Mark Davis
   NovaSky Technology Inc - CFO
================================================================================
Conference Call Participants
================================================================================
 * Priya Raman
   Morgan Stanley - Analyst
================================================================================
Presentation
--------------------------------------------------------------------------------
Operator   [1]
--------------------------------------------------------------------------------
 Good morning and welcome to the NovaSky Technology second quarter call.
--------------------------------------------------------------------------------
Laura Chen,  NovaSky Technology Inc - CEO   [2]
--------------------------------------------------------------------------------
 Thank you. Cloud revenue grew 31% and operating margin reached 14%.
================================================================================
Questions and Answers
--------------------------------------------------------------------------------
Operator   [3]
--------------------------------------------------------------------------------
 Our first question comes from Priya Raman with Morgan Stanley.
--------------------------------------------------------------------------------
Priya Raman,  Morgan Stanley - Analyst   [4]
--------------------------------------------------------------------------------
 How are enterprise renewals trending?
--------------------------------------------------------------------------------
Mark Davis,  NovaSky Technology Inc - CFO   [5]
--------------------------------------------------------------------------------
 Renewal rates stayed above 95% this quarter.
"""

# English inline `Name: text` with a `Name, Firm - Analyst` roster and `Conference Call Participants`.
EN_INLINE_ROSTER = """\
Corporate Participants
Laura Chen -- Chief Executive Officer
Conference Call Participants
Priya Raman, Morgan Stanley - Analyst
Operator: Welcome to the NovaSky Technology earnings call.
Laura Chen: Thanks, everyone. Cloud revenue grew 31%.
Operator: Our first question comes from Priya Raman.
Priya Raman: What drove the margin expansion?
Laura Chen: Mostly lower hardware costs per customer.
"""

# A plain news article: names start sentences, short subheadings, no turns.
ZH_ARTICLE = """\
星穹科技季度收入超预期
林志远将云服务比作新时代的水电煤,认为算力需求仍在早期。
展望
分析师普遍认为,公司明年的资本开支将继续上升。
周晓雯表示:公司会保持稳健的财务纪律。
林志远
"""

# FAQ-style minutes: only inline anonymous `Q:` / `A:` lines, which is not a call transcript.
EN_MINUTES = """\
Meeting summary
NovaSky reported steady growth in cloud revenue during the quarter.
Q:What drove cloud growth this quarter?
A:Demand for model training from enterprise customers.
Q:Will capital expenditure rise next year?
A:Management expects capital expenditure to rise moderately.
"""

# Unlabelled prepared remarks, one sentence a line (the shape of ECTSum inputs).
EN_REMARKS = """\
Thank you, and good morning, everyone.
We are pleased with our results this quarter.
Our revenue grew 9% year over year, and our cloud business grew 31%.
We continued to invest in our data centers and in our sales teams.
Operating margin expanded to 14% as we kept a close eye on costs.
We generated $180 million of free cash flow.
Looking ahead, we expect our cloud growth to remain above 25%.
I want to thank our employees for their hard work.
With that, I will turn the call over to our CFO.
"""

# Mixed scripts for one person: a traditional label, an English label, a simplified label.
ALIBABA_IDENTITY = """\
操作員
歡迎參加阿里巴巴的業績電話會議。
吳泳銘
我們會繼續擴大雲端基礎設施的投入。
操作員
下一個問題。
Eddie Wu
We will keep investing in cloud infrastructure.
吴泳铭
我们对长期增长有信心。
"""

# An English news article quoting management: third person, a few quotes, no turns.
EN_ARTICLE = """\
NovaSky shares jump after cloud revenue beats forecasts
NovaSky Technology reported second-quarter revenue of $1.2 billion on Thursday, ahead of estimates.
Cloud revenue rose 31% from a year earlier, the company said in a statement.
"We are seeing demand from every industry," Chief Executive Laura Chen told analysts.
The company raised its full-year capital spending plan to $1.5 billion.
Analysts at Morgan Stanley said the margin outlook was better than feared.
Shares of the company rose 6% in after-hours trading.
The results follow two quarters of slowing growth in its consumer business.
NovaSky will report third-quarter results in November.
"""
